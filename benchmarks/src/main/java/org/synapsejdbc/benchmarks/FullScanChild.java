package org.synapsejdbc.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * The full-scan measurement, run in a child JVM with a small {@code -Xmx}: one warm-up scan of the warm-up table, then
 * {@code reps} scans of the large table in one mode, printing one {@code RESULT {json}} line (elapsed ms, rows and
 * peak heap per scan, or the error).
 * Modes: {@code raw-paged}, {@code raw-csv}, {@code jdbc} (the driver's defaults), {@code jdbc-paged} ({@code csvScanThreshold=0}).
 */
public final class FullScanChild {
    private FullScanChild() {
    }

    static String sql(String table) {
        return "SELECT \"id\", \"k\", \"category\", \"name\", \"value\", \"created\" FROM " + table;
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String token = args[1];
        String table = args[2];
        String warmTable = args[3];
        String mode = args[4];
        int reps = Integer.parseInt(args[5]);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode out = mapper.createObjectNode().put("mode", mode);
        ArrayNode millis = out.putArray("millis");
        ArrayNode rows = out.putArray("rows");
        ArrayNode heap = out.putArray("peakHeapMiB");
        try (HeapSampler sampler = new HeapSampler()) {
            out.put("maxHeapMiB", sampler.maxHeapMiB());
            try {
                scan(baseUrl, token, warmTable, mode);
                for (int i = 0; i < reps; i++) {
                    System.gc();
                    sampler.takePeakMiB();
                    long t0 = System.nanoTime();
                    long n = scan(baseUrl, token, table, mode);
                    millis.add((System.nanoTime() - t0) / 1e6);
                    rows.add(n);
                    heap.add(sampler.takePeakMiB());
                }
            } catch (Throwable e) {
                out.put("error", e instanceof Exception ex ? BenchContext.unavailable(ex)
                        : e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        System.out.println("RESULT " + mapper.writeValueAsString(out));
        System.out.flush();
        System.exit(0);
    }

    private static long scan(String baseUrl, String token, String table, String mode) throws Exception {
        long[] checksum = new long[1];
        switch (mode) {
            case "raw-paged", "raw-csv" -> {
                try (RawRestClient raw = new RawRestClient(baseUrl, token, 10)) {
                    return mode.equals("raw-paged")
                            ? raw.queryAll(table, sql(table), true, r -> checksum[0] += r[0].length())
                            : raw.queryCsv(table, sql(table), r -> checksum[0] += r[0].length());
                }
            }
            case "jdbc", "jdbc-paged" -> {
                String[] props = mode.equals("jdbc") ? new String[0] : new String[] {"csvScanThreshold", "0"};
                try (Connection conn = BenchContext.connect(baseUrl, token, props);
                     Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql(table))) {
                    long n = 0;
                    while (rs.next()) {
                        rs.getLong(1);
                        rs.getLong(2);
                        checksum[0] += rs.getString(3).length();
                        rs.getString(4);
                        rs.getDouble(5);
                        rs.getTimestamp(6);
                        n++;
                    }
                    return n;
                }
            }
            default -> throw new IllegalArgumentException("mode " + mode);
        }
    }
}

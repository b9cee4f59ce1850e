package org.synapsejdbc.benchmarks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Case 6: appending {@code insertRows} rows to a fresh table — the driver's {@code executeBatch} of INSERTs against raw
 * REST table transactions, each packed as full as Synapse's 2 MiB request limit allows.
 */
public final class BatchInsertCase implements BenchCase {
    private static final int MAX_BODY = 2 * 1024 * 1024;
    private static final String TX = "org.sagebionetworks.repo.model.table.TableUpdateTransactionRequest";
    private static final String APPEND = "org.sagebionetworks.repo.model.table.AppendableRowSetRequest";
    private static final String PARTIAL = "org.sagebionetworks.repo.model.table.PartialRowSet";
    private static final String TX_ROUTE = "POST /repo/v1/entity/{id}/table/transaction/async/start";

    @Override
    public CaseReport run(BenchContext ctx) throws Exception {
        BenchmarkConfig c = ctx.config();
        long rows = c.insertRows();
        int reps = Math.max(1, Math.min(3, c.reps()));
        List<String> cols = ctx.data().mainColumnIds();
        CaseReport report = new CaseReport("6", "executeBatch of " + rows + " inserted rows");
        report.note("Each repetition appends to a fresh 6-column table (created outside the timing). Baseline: "
                + "`PartialRowSet` appends in `TableUpdateTransactionRequest`s, each packed with as many rows as fit "
                + "in Synapse's 2 MiB request body (2,097,152 bytes; the change-set limit counts the same characters "
                + "and is never the tighter one), sent one after the other, each awaited. " + reps + " repetitions, "
                + "1 warm-up of " + Math.min(rows, 10_000) + " rows.");
        try (RawRestClient raw = ctx.raw()) {
            List<byte[]> bodies = new ArrayList<>();
            String[] table = new String[1];
            long[] txCount = new long[1];
            Stats baseline = Measure.values("case6 baseline rows/s", 1, reps, i -> {
                long n = i < 0 ? Math.min(rows, 10_000) : rows;
                table[0] = createTable(raw, ctx, "insert-baseline-" + (i + 10));
                bodies.clear();
                bodies.addAll(pack(table[0], cols, n));
                long t0 = System.nanoTime();
                for (byte[] b : bodies) {
                    raw.appendTransaction(table[0], b);
                }
                double secs = (System.nanoTime() - t0) / 1e9;
                txCount[0] = bodies.size();
                long count = raw.queryJob(table[0], "SELECT COUNT(*) FROM " + table[0], null, null, 0x1, false).body()
                        .get("queryResult").get("queryResults").get("rows").get(0).get("values").get(0).asLong();
                if (count != n) {
                    throw new IllegalStateException("baseline appended " + count + " rows, expected " + n);
                }
                return n / secs;
            });
            long minimum = txCount[0];
            report.note("Minimum transactions for " + rows + " rows under the 2 MiB limit (the baseline's greedy "
                    + "packing of the most compact append form): " + minimum + ". (A `RowSet` is sized by the declared "
                    + "column widths — 363 bytes a row here — so it would need "
                    + (long) Math.ceil(rows / Math.floor(2_097_152.0 / 363)) + ".)");
            String insert = "INSERT INTO " + "%s" + " (\"id\", \"k\", \"category\", \"name\", \"value\", \"created\")"
                    + " VALUES (?, ?, ?, ?, ?, ?)";
            try (Connection conn = ctx.jdbc()) {
                String probe = createTable(raw, ctx, "insert-driver-probe");
                try (PreparedStatement ps = conn.prepareStatement(String.format(insert, probe))) {
                    bind(ps, 1);
                    ps.addBatch();
                    ps.executeBatch();
                }
                long[] driverTx = new long[1];
                Stats driver = Measure.values("case6 driver rows/s", 0, reps, i -> {
                    String t = createTable(raw, ctx, "insert-driver-" + i);
                    ctx.requestLog().reset();
                    long t0 = System.nanoTime();
                    try (PreparedStatement ps = conn.prepareStatement(String.format(insert, t))) {
                        for (long r = 1; r <= rows; r++) {
                            bind(ps, r);
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                    double secs = (System.nanoTime() - t0) / 1e9;
                    driverTx[0] = ctx.requestLog().count(TX_ROUTE);
                    return rows / secs;
                });
                double ratio = driver.median() / baseline.median();
                report.row(new ResultRow("append rate", "rows/s", driver, null, baseline, String.format("%.2f×", ratio),
                        "≥ 0.8×", ResultRow.Verdict.of(ratio >= 0.8)));
                report.row(new ResultRow("transactions", "count", Stats.single(driverTx[0]), null, Stats.single(minimum),
                        "", "= " + minimum, ResultRow.Verdict.of(driverTx[0] <= minimum)));
            } catch (java.sql.SQLException e) {
                String why = BenchContext.unavailable(e);
                report.row(ResultRow.unavailable("append rate", "rows/s", why, baseline, "≥ 0.8×"));
                report.row(ResultRow.unavailable("transactions", "count", why, Stats.single(minimum), "= " + minimum));
            }
        }
        return report;
    }

    private static void bind(PreparedStatement ps, long i) throws java.sql.SQLException {
        ps.setLong(1, i);
        ps.setLong(2, i % 1000);
        ps.setString(3, DataLoader.category(i));
        ps.setString(4, "name-" + i);
        ps.setDouble(5, DataLoader.value(i));
        ps.setTimestamp(6, new Timestamp(1_600_000_000_000L + i * 1000L));
    }

    private static String createTable(RawRestClient raw, BenchContext ctx, String name) throws Exception {
        ObjectNode body = raw.mapper().createObjectNode()
                .put("concreteType", "org.sagebionetworks.repo.model.table.TableEntity").put("name", name + "-" + System.nanoTime())
                .put("parentId", ctx.data().projectId());
        ArrayNode ids = body.putArray("columnIds");
        ctx.data().mainColumnIds().forEach(ids::add);
        return raw.post("/repo/v1/entity", body).get("id").asText();
    }

    /** Transaction bodies of {@code n} rows, each as close to 2 MiB as whole rows allow. */
    static List<byte[]> pack(String table, List<String> cols, long n) {
        String head = "{\"concreteType\":\"" + TX + "\",\"entityId\":\"" + table + "\",\"changes\":[{\"concreteType\":\""
                + APPEND + "\",\"entityId\":\"" + table + "\",\"toAppend\":{\"concreteType\":\"" + PARTIAL
                + "\",\"tableId\":\"" + table + "\",\"rows\":[";
        String tail = "]}}]}";
        List<byte[]> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder(MAX_BODY);
        sb.append(head);
        boolean empty = true;
        for (long i = 1; i <= n; i++) {
            String row = row(cols, i);
            if (sb.length() + row.length() + 1 + tail.length() > MAX_BODY) {
                out.add((sb + tail).getBytes(StandardCharsets.UTF_8));
                sb.setLength(0);
                sb.append(head);
                empty = true;
            }
            if (!empty) {
                sb.append(',');
            }
            sb.append(row);
            empty = false;
        }
        if (!empty) {
            out.add((sb + tail).getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    private static String row(List<String> cols, long i) {
        String[] v = DataLoader.mainRow(i).split(",");
        StringBuilder sb = new StringBuilder("{\"values\":[");
        for (int k = 0; k < cols.size(); k++) {
            if (k > 0) {
                sb.append(',');
            }
            sb.append("{\"key\":\"").append(cols.get(k)).append("\",\"value\":\"").append(v[k]).append("\"}");
        }
        return sb.append("]}").toString();
    }
}

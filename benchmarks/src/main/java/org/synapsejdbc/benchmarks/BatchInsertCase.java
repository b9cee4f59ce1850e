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
    private static final String TX_GET = "GET /repo/v1/entity/{id}/table/transaction/async/get/{token}";

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
                + "and is never the tighter one), sent one after the other, each awaited. The row values are generated "
                + "before the clock starts on both sides; the timing includes what each side does with them (the "
                + "baseline builds its JSON bodies, the driver binds the values and runs the batch). " + reps
                + " repetitions, 1 warm-up of " + Math.min(rows, 10_000) + " rows.");
        List<Row> values = new ArrayList<>();
        for (long r = 1; r <= rows; r++) {
            values.add(Row.of(r));
        }
        try (RawRestClient raw = ctx.raw()) {
            String[] table = new String[1];
            long[] txCount = new long[1];
            Stats baseline = Measure.values("case6 baseline rows/s", 1, reps, i -> {
                long n = i < 0 ? Math.min(rows, 10_000) : rows;
                table[0] = createTable(raw, ctx, "insert-baseline-" + (i + 10));
                long t0 = System.nanoTime();
                List<byte[]> bodies = pack(table[0], cols, values.subList(0, (int) n));
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
                    bind(ps, values.get(0));
                    ps.addBatch();
                    ps.executeBatch();
                }
                long[] driverTx = new long[1];
                List<double[]> polling = new ArrayList<>();
                Stats driver = Measure.values("case6 driver rows/s", 0, reps, i -> {
                    String t = createTable(raw, ctx, "insert-driver-" + i);
                    ctx.requestLog().reset();
                    long t0 = System.nanoTime();
                    try (PreparedStatement ps = conn.prepareStatement(String.format(insert, t))) {
                        for (Row r : values) {
                            bind(ps, r);
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                    double secs = (System.nanoTime() - t0) / 1e9;
                    driverTx[0] = ctx.requestLog().count(TX_ROUTE);
                    polling.add(polling(ctx.requestLog()));
                    return rows / secs;
                });
                double ratio = driver.median() / baseline.median();
                report.row(new ResultRow("append rate", "rows/s", driver, null, baseline, String.format("%.2f×", ratio),
                        "≥ 0.8×", ResultRow.Verdict.of(ratio >= 0.8)));
                report.row(new ResultRow("transactions", "count", Stats.single(driverTx[0]), null, Stats.single(minimum),
                        "", "= " + minimum, ResultRow.Verdict.of(driverTx[0] <= minimum)));
                report.note(String.format("Driver polling per transaction (median repetition): %.1f polls; the job ended"
                        + " between its last two polls, which were %.1f ms apart on average (an upper bound on how late"
                        + " the driver noticed it; the baseline polls every %d ms).",
                        polling.stream().mapToDouble(p -> p[0]).sorted().toArray()[polling.size() / 2],
                        polling.stream().mapToDouble(p -> p[1]).sorted().toArray()[polling.size() / 2],
                        c.baselinePollMillis()));
                if (ratio < 0.8) {
                    report.note(String.format("Missed: the driver took %.0f ms more than the baseline for %d rows in the "
                            + "same %d transactions. Part of it is noticing each transaction later (the driver's poll "
                            + "schedule waits 20 ms + 25 %% of the time waited, the baseline polls every %d ms: up to "
                            + "the gap above per transaction), the rest is per-row work in the driver (binding each "
                            + "parameter set and running Calcite's generated INSERT code, value checks, building the "
                            + "change set). The figure varies widely between runs on this shared 2-core machine "
                            + "(0.64-1.89x in single runs while it was tuned).",
                            ((double) rows / driver.median() - (double) rows / baseline.median()) * 1000.0, rows,
                            driverTx[0], c.baselinePollMillis()));
                }
            } catch (java.sql.SQLException e) {
                String why = BenchContext.unavailable(e);
                report.row(ResultRow.unavailable("append rate", "rows/s", why, baseline, "≥ 0.8×"));
                report.row(ResultRow.unavailable("transactions", "count", why, Stats.single(minimum), "= " + minimum));
            }
        }
        return report;
    }

    /** The values of inserted row {@code i}: those of {@link DataLoader#mainRow}. */
    private record Row(long id, long k, String category, String name, double value, long created) {
        static Row of(long i) {
            return new Row(i, i % 1000, DataLoader.category(i), "name-" + i, DataLoader.value(i),
                    1_600_000_000_000L + i * 1000L);
        }

        String[] texts() {
            return new String[] {Long.toString(id), Long.toString(k), category, name, Double.toString(value),
                Long.toString(created)};
        }
    }

    /** Polls per transaction and the mean gap (ms) between each transaction's last two polls, from the log. */
    private static double[] polling(org.synapsejdbc.local.http.RequestLog log) {
        List<List<java.time.Instant>> polls = new ArrayList<>();
        for (org.synapsejdbc.local.http.RequestLog.Entry e : log.entries()) {
            if (TX_ROUTE.equals(e.routeKey())) {
                polls.add(new ArrayList<>());
            } else if (TX_GET.equals(e.routeKey()) && !polls.isEmpty()) {
                polls.get(polls.size() - 1).add(e.at());
            }
        }
        double count = 0;
        double gaps = 0;
        int withGap = 0;
        for (List<java.time.Instant> p : polls) {
            count += p.size();
            if (p.size() >= 2) {
                gaps += java.time.Duration.between(p.get(p.size() - 2), p.get(p.size() - 1)).toNanos() / 1e6;
                withGap++;
            }
        }
        return new double[] {count / Math.max(1, polls.size()), gaps / Math.max(1, withGap)};
    }

    private static void bind(PreparedStatement ps, Row r) throws java.sql.SQLException {
        ps.setLong(1, r.id());
        ps.setLong(2, r.k());
        ps.setString(3, r.category());
        ps.setString(4, r.name());
        ps.setDouble(5, r.value());
        ps.setTimestamp(6, new Timestamp(r.created()));
    }

    private static String createTable(RawRestClient raw, BenchContext ctx, String name) throws Exception {
        ObjectNode body = raw.mapper().createObjectNode()
                .put("concreteType", "org.sagebionetworks.repo.model.table.TableEntity").put("name", name + "-" + System.nanoTime())
                .put("parentId", ctx.data().projectId());
        ArrayNode ids = body.putArray("columnIds");
        ctx.data().mainColumnIds().forEach(ids::add);
        return raw.post("/repo/v1/entity", body).get("id").asText();
    }

    /** Transaction bodies of {@code rows}, each as close to 2 MiB as whole rows allow. */
    private static List<byte[]> pack(String table, List<String> cols, List<Row> rows) {
        String head = "{\"concreteType\":\"" + TX + "\",\"entityId\":\"" + table + "\",\"changes\":[{\"concreteType\":\""
                + APPEND + "\",\"entityId\":\"" + table + "\",\"toAppend\":{\"concreteType\":\"" + PARTIAL
                + "\",\"tableId\":\"" + table + "\",\"rows\":[";
        String tail = "]}}]}";
        List<byte[]> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder(MAX_BODY);
        sb.append(head);
        boolean empty = true;
        for (Row r : rows) {
            String row = row(cols, r);
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

    private static String row(List<String> cols, Row r) {
        String[] v = r.texts();
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

package org.synapsejdbc.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * Case 4: aggregate pushdown ({@code GROUP BY} over the large table), bytes received compared with the size of the
 * result. Driver and baseline go through the byte-counting proxy.
 */
public final class AggregateCase implements BenchCase {

    static String sql(String table) {
        return "SELECT \"category\", COUNT(*), MAX(\"value\") FROM " + table + " GROUP BY \"category\"";
    }

    @Override
    public CaseReport run(BenchContext ctx) throws Exception {
        BenchmarkConfig c = ctx.config();
        String table = ctx.data().largeId();
        String sql = sql(table);
        CaseReport report = new CaseReport("4", "Aggregate pushdown (GROUP BY over " + ctx.data().largeRows() + " rows)");
        report.note("Statement: `" + sql + "`. Bytes received = everything the server sent to the client (status lines, "
                + "headers, bodies of the job start, polls and result), counted by a TCP proxy both sides go through. "
                + "Result size = the result as CSV text (values as the client reads them, commas, newlines).");
        int reps = Math.max(3, c.reps() / 3);
        try (CountingProxy proxy = new CountingProxy(ctx.server().port());
             RawRestClient raw = ctx.raw(proxy.baseUrl(), ctx.server().benchToken())) {
            long[] resultBytes = new long[1];
            Stats baselineMs = Measure.millis("case4 baseline time", c.warmups(), reps, i -> {
                JsonNode rows = raw.queryJob(table, sql, null, null, 0x1, false).body().get("queryResult")
                        .get("queryResults").get("rows");
                long size = 0;
                for (JsonNode row : rows) {
                    for (JsonNode v : row.get("values")) {
                        size += (v.isNull() ? 0 : v.asText().getBytes(StandardCharsets.UTF_8).length) + 1;
                    }
                }
                resultBytes[0] = size;
            });
            Stats baselineBytes = Measure.values("case4 baseline bytes", 0, reps, i -> {
                proxy.reset();
                raw.queryJob(table, sql, null, null, 0x1, false);
                return proxy.bytesToClient();
            });
            long result = resultBytes[0];
            try (Connection conn = BenchContext.connect(proxy.baseUrl(), ctx.server().benchToken())) {
                long[] driverResult = new long[1];
                Measure.Timed run = i -> {
                    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                        long size = 0;
                        int cols = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int k = 1; k <= cols; k++) {
                                String v = rs.getString(k);
                                size += (v == null ? 0 : v.getBytes(StandardCharsets.UTF_8).length) + 1;
                            }
                        }
                        driverResult[0] = size;
                    }
                };
                Stats driverMs = Measure.millis("case4 driver time", c.warmups(), reps, run);
                Stats driverBytes = Measure.values("case4 driver bytes", 0, reps, i -> {
                    proxy.reset();
                    run.run(i);
                    return proxy.bytesToClient();
                });
                proxy.reset();
                run.run(0);
                String pushed = String.join("`, `", SentQueries.executions(proxy.sentText()).keySet());
                double ratio = driverBytes.median() / result;
                report.row(new ResultRow("bytes received", "bytes", driverBytes, null, baselineBytes,
                        String.format("%.2f× the result (%d bytes); baseline %.2f×", ratio, result,
                                baselineBytes.median() / result), "≤ 2× the result", ResultRow.Verdict.of(ratio <= 2.0)));
                report.row(new ResultRow("query time", "ms", driverMs, null, baselineMs,
                        String.format("%.2f×", driverMs.median() / baselineMs.median()), "—", ResultRow.Verdict.INFO));
                report.note("Statement(s) the driver sent: `" + pushed + "`; result size through JDBC "
                        + driverResult[0] + " bytes (baseline's reading " + result + ").");
                if (ratio > 2.0) {
                    report.note("Missed: the result is small, so the fixed cost of the exchange dominates — HTTP "
                            + "headers of the job start, of each poll and of the result, the job token and status "
                            + "bodies, and the result bundle's JSON framing (select columns, row ids, concreteTypes). "
                            + "The baseline pays the same framing: see its ratio."
                            + (pushed.toUpperCase().contains("GROUP BY") ? " The aggregate itself was pushed (the "
                            + "rows never leave the server)." : " The statement sent has no GROUP BY: the aggregate was "
                            + "not pushed."));
                }
            } catch (java.sql.SQLException e) {
                report.row(ResultRow.unavailable("bytes received", "bytes", BenchContext.unavailable(e), baselineBytes,
                        "≤ 2× the result (" + result + " bytes)"));
            }
        }
        return report;
    }
}

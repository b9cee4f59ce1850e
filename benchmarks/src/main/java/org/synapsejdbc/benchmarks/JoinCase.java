package org.synapsejdbc.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * Case 8: a join of the medium table with the small table with a pushed filter on each side: the rows the driver
 * fetched (sum of the row counts of the Synapse statements it sent, read back from the proxy) against the rows that
 * match the pushed filters.
 */
public final class JoinCase implements BenchCase {

    @Override
    public CaseReport run(BenchContext ctx) throws Exception {
        BenchmarkConfig c = ctx.config();
        String medium = ctx.data().mediumId();
        String small = ctx.data().smallId();
        String sql = "SELECT m.\"id\", m.\"value\", s.\"label\" FROM " + medium + " m JOIN " + small
                + " s ON m.\"k\" = s.\"k\" WHERE m.\"value\" < 0.01 AND s.\"weight\" > 500";
        String left = "SELECT \"id\", \"k\", \"value\" FROM " + medium + " WHERE \"value\" < 0.01";
        String right = "SELECT \"k\", \"label\" FROM " + small + " WHERE \"weight\" > 500";
        CaseReport report = new CaseReport("8", "Join of " + ctx.data().mediumRows() + " rows with "
                + ctx.data().smallRows() + " rows on pushed filters");
        report.note("Statement: `" + sql + "`. Rows fetched by the driver = Σ over the Synapse statements it sent (read "
                + "from the request bodies at the proxy) of each statement's row count. Baseline: the two filtered "
                + "statements (`" + left + "`, `" + right + "`) paged by the raw client and hash-joined in Java.");
        int reps = Math.max(3, c.reps() / 3);
        try (CountingProxy proxy = new CountingProxy(ctx.server().port());
             RawRestClient raw = ctx.raw(proxy.baseUrl(), ctx.server().benchToken());
             RawRestClient direct = ctx.raw()) {
            long matching = direct.count(medium, left) + direct.count(small, right);
            long[] joined = new long[1];
            Stats baseline = Measure.millis("case8 baseline", c.warmups(), reps, i -> {
                Map<String, String> labels = new HashMap<>();
                raw.queryAll(small, right, true, r -> labels.put(r[0], r[1]));
                long[] n = new long[1];
                raw.queryAll(medium, left, true, r -> {
                    if (labels.containsKey(r[1])) {
                        n[0]++;
                    }
                });
                joined[0] = n[0];
            });
            try (Connection conn = BenchContext.connect(proxy.baseUrl(), ctx.server().benchToken())) {
                long[] driverRows = new long[1];
                Measure.Timed run = i -> {
                    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                        long n = 0;
                        while (rs.next()) {
                            rs.getLong(1);
                            n++;
                        }
                        driverRows[0] = n;
                    }
                };
                Stats driver = Measure.millis("case8 driver", c.warmups(), reps, run);
                proxy.reset();
                run.run(0);
                Map<String, Integer> sent = SentQueries.executions(proxy.sentText());
                long fetched = 0;
                for (Map.Entry<String, Integer> e : sent.entrySet()) {
                    String from = e.getKey().replaceAll("(?is).*\\bFROM\\s+(syn\\d+).*", "$1");
                    fetched += direct.count(from, e.getKey()) * e.getValue();
                }
                if (driverRows[0] != joined[0]) {
                    report.note("The driver returned " + driverRows[0] + " joined rows, the baseline " + joined[0] + ".");
                }
                report.row(new ResultRow("rows fetched", "rows", Stats.single(fetched), null, Stats.single(matching),
                        fetched + " fetched / " + matching + " matching", "= rows matching the pushed filters",
                        ResultRow.Verdict.of(fetched <= matching)));
                report.row(new ResultRow("join time", "ms", driver, null, baseline,
                        String.format("%.2f×", driver.median() / baseline.median()), "—", ResultRow.Verdict.INFO));
                report.note("Statements the driver sent: " + describe(sent) + "; " + joined[0] + " joined rows.");
                if (fetched > matching) {
                    report.note("Missed: the driver fetched " + (fetched - matching) + " rows more than match the "
                            + "filters: a filter was not pushed to one side of the join (see the statements above).");
                }
            } catch (java.sql.SQLException e) {
                report.row(ResultRow.unavailable("rows fetched", "rows", BenchContext.unavailable(e), Stats.single(matching),
                        "= rows matching the pushed filters"));
            }
        }
        return report;
    }

    private static String describe(Map<String, Integer> sent) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Integer> e : sent.entrySet()) {
            sb.append(sb.length() == 0 ? "" : ", ").append('`').append(e.getKey()).append('`');
            if (e.getValue() > 1) {
                sb.append(" ×").append(e.getValue());
            }
        }
        return sb.length() == 0 ? "(none captured)" : sb.toString();
    }

}

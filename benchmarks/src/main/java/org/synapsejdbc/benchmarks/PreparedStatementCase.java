package org.synapsejdbc.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Case 2: the case-1 query as a {@code PreparedStatement} re-executed with new parameters; driver-side overhead =
 * driver median minus the baseline median for the same literal statements.
 */
public final class PreparedStatementCase implements BenchCase {

    @Override
    public CaseReport run(BenchContext ctx) throws Exception {
        BenchmarkConfig c = ctx.config();
        String table = ctx.data().mediumId();
        String prepared = "SELECT \"id\", \"name\", \"value\" FROM " + table
                + " WHERE \"category\" = ? AND \"value\" > ? ORDER BY \"value\" DESC LIMIT 10";
        CaseReport report = new CaseReport("2", "PreparedStatement re-executed with new parameters");
        report.note("Prepared once: `" + prepared + "`; repetition i binds `cat-(i mod 100)` and `(i mod 9) / 10`. The "
                + "baseline runs the same statements with the values as literals. Every parameter set is run once by "
                + "the baseline before either side is measured, so both meet the same warm server (H2 reuses results "
                + "of identical statements).");
        int total = c.warmups() + c.reps();
        try (RawRestClient raw = ctx.raw()) {
            for (int i = 0; i < total; i++) {
                raw.queryJob(table, literal(table, i), null, null, 0x1, false);
            }
            Stats baseline = Measure.millis("case2 baseline", c.warmups(), c.reps(),
                    i -> raw.queryJob(table, literal(table, index(c, i)), null, null, 0x1, false));
            try (Connection conn = ctx.jdbc(); PreparedStatement ps = conn.prepareStatement(prepared)) {
                Stats driver = Measure.millis("case2 driver", c.warmups(), c.reps(), i -> {
                    int k = index(c, i);
                    ps.setString(1, category(k));
                    ps.setDouble(2, threshold(k));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            rs.getLong(1);
                            rs.getString(2);
                            rs.getDouble(3);
                        }
                    }
                });
                double overhead = driver.median() - baseline.median();
                report.row(new ResultRow("execution time", "ms", driver, null, baseline,
                        String.format("+%.2f ms", overhead), "overhead ≤ 2 ms", ResultRow.Verdict.of(overhead <= 2.0)));
                ctx.requestLog().reset();
                raw.queryJob(table, literal(table, 0), null, null, 0x1, false);
                long rawRequests = ctx.requestLog().total();
                ctx.requestLog().reset();
                ps.setString(1, category(0));
                ps.setDouble(2, threshold(0));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getLong(1);
                    }
                }
                long driverRequests = ctx.requestLog().total();
                report.note("Requests per execution: driver " + driverRequests + ", baseline " + rawRequests + ".");
                if (overhead > 2.0) {
                    report.note("Missed: a re-execution costs " + String.format("%.1f ms", overhead)
                            + " more than the raw requests. The difference is the driver's own work per execution "
                            + "(binding, Calcite's enumerable pipeline, the REST client's request handling and row "
                            + "decoding)" + (driverRequests > rawRequests ? " plus its extra requests" : "") + ".");
                }
            } catch (java.sql.SQLException e) {
                report.row(ResultRow.unavailable("execution time", "ms", BenchContext.unavailable(e), baseline,
                        "overhead ≤ 2 ms"));
            }
        }
        return report;
    }

    /** Warm-ups are -1, -2, ...; they use the parameter sets after the measured ones. */
    private static int index(BenchmarkConfig c, int rep) {
        return rep >= 0 ? rep : c.reps() - 1 - rep;
    }

    private static String category(int i) {
        return String.format("cat-%02d", i % 100);
    }

    private static double threshold(int i) {
        return (i % 9) / 10.0;
    }

    private static String literal(String table, int i) {
        return "SELECT \"id\", \"name\", \"value\" FROM " + table + " WHERE \"category\" = '" + category(i)
                + "' AND \"value\" > " + threshold(i) + " ORDER BY \"value\" DESC LIMIT 10";
    }
}

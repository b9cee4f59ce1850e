package org.synapsejdbc.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/** Case 1: a pushed-down small query (filter + ORDER BY + LIMIT 10) on the medium table, JDBC vs raw REST. */
public final class PushdownQueryCase implements BenchCase {

    static String sql(String table) {
        return "SELECT \"id\", \"name\", \"value\" FROM " + table
                + " WHERE \"category\" = 'cat-07' AND \"value\" > 0.5 ORDER BY \"value\" DESC LIMIT 10";
    }

    @Override
    public CaseReport run(BenchContext ctx) throws Exception {
        BenchmarkConfig c = ctx.config();
        String table = ctx.data().mediumId();
        String sql = sql(table);
        CaseReport report = new CaseReport("1", "Pushed-down small query on " + ctx.data().mediumRows() + " rows");
        report.note("Statement: `" + sql + "` (the same text for the baseline and through JDBC; the driver's "
                + "`Statement.executeQuery` includes Calcite parsing, planning and code generation on every run).");
        Stats baseline;
        long baselineRequests;
        try (RawRestClient raw = ctx.raw()) {
            baseline = Measure.millis("case1 baseline", c.warmups(), c.reps(), i -> {
                int rows = raw.queryJob(table, sql, null, null, 0x1, false).body().get("queryResult")
                        .get("queryResults").get("rows").size();
                check(rows);
            });
            ctx.requestLog().reset();
            raw.queryJob(table, sql, null, null, 0x1, false);
            baselineRequests = ctx.requestLog().total();
        }
        try (Connection conn = ctx.jdbc()) {
            Stats driver = Measure.millis("case1 driver", c.warmups(), c.reps(), i -> {
                try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                    int rows = 0;
                    while (rs.next()) {
                        rs.getLong(1);
                        rs.getString(2);
                        rs.getDouble(3);
                        rows++;
                    }
                    check(rows);
                }
            });
            ctx.requestLog().reset();
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    rs.getLong(1);
                }
            }
            long driverRequests = ctx.requestLog().total();
            double ratio = driver.median() / baseline.median();
            report.row(new ResultRow("query time", "ms", driver, null, baseline, String.format("%.2f×", ratio),
                    "≤ 1.25×", ResultRow.Verdict.of(ratio <= 1.25)));
            report.note("Requests per execution: driver " + driverRequests + ", baseline " + baselineRequests + ".");
            if (ratio > 1.25) {
                report.note("Missed: the driver's time over the baseline's is " + String.format("%.1f ms", driver.median()
                        - baseline.median()) + " per execution, spent in the driver (Calcite parse/validate/plan/"
                        + "compile per `executeQuery`, result decoding) and in any extra requests it makes.");
            }
        } catch (java.sql.SQLException e) {
            report.row(ResultRow.unavailable("query time", "ms", BenchContext.unavailable(e), baseline, "≤ 1.25×"));
        }
        return report;
    }

    private static void check(int rows) {
        if (rows != 10) {
            throw new IllegalStateException("expected 10 rows, got " + rows);
        }
    }
}

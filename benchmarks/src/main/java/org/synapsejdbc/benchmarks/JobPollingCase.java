package org.synapsejdbc.benchmarks;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.synapsejdbc.local.http.RequestLog;

/**
 * Case 7: job polling. local-synapse holds each query job in PROCESSING for 50, 200 and 1,000 ms; from its request
 * log: lateness = when the poll that got the result was answered − when the job became visible as done (job start
 * request's arrival + the job time), and the number of polls.
 */
public final class JobPollingCase implements BenchCase {
    private static final String START = "POST /repo/v1/entity/{id}/table/query/async/start";
    private static final String GET = "GET /repo/v1/entity/{id}/table/query/async/get/{token}";
    private static final long[] JOB_MS = {50, 200, 1000};

    private record Poll(double lateMs, double polls) {
    }

    @Override
    public CaseReport run(BenchContext ctx) throws Exception {
        BenchmarkConfig c = ctx.config();
        String table = ctx.data().smallId();
        String sql = "SELECT \"k\", \"label\" FROM " + table + " WHERE \"k\" = 5";
        int[] next = {6};
        CaseReport report = new CaseReport("7", "Job polling");
        report.note("Statement: `" + sql + "` (one page, one job), each run with a different `k` value: local-synapse, like Synapse, hands an identical "
                + "query the job it already has, which would never be PROCESSING. The job start request's arrival is taken as the job "
                + "start (the job is created while that request is handled), so lateness is slightly overstated. "
                + "Baseline: poll immediately, then every " + c.baselinePollMillis() + " ms.");
        int reps = Math.max(1, Math.min(5, c.reps()));
        try (RawRestClient raw = ctx.raw(); Connection conn = ctx.jdbc()) {
            boolean driverOk = true;
            String why = null;
            try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    rs.getLong(1);
                }
            } catch (java.sql.SQLException e) {
                driverOk = false;
                why = BenchContext.unavailable(e);
            }
            for (long job : JOB_MS) {
                ctx.server().processingDelay(job);
                List<Poll> base = new ArrayList<>();
                List<Poll> drv = new ArrayList<>();
                for (int i = 0; i < reps; i++) {
                    ctx.requestLog().reset();
                    raw.queryJob(table, sql.replace("= 5", "= " + next[0]++), null, null, 0x1, false);
                    base.add(read(ctx.requestLog(), job));
                    if (driverOk) {
                        ctx.requestLog().reset();
                        try (Statement st = conn.createStatement();
                             ResultSet rs = st.executeQuery(sql.replace("= 5", "= " + next[0]++))) {
                            while (rs.next()) {
                                rs.getLong(1);
                            }
                        }
                        drv.add(read(ctx.requestLog(), job));
                    }
                }
                double lateTarget = 0.25 * job + 20;
                double pollTarget = 1 + Math.log(job / 10.0) / Math.log(2);
                Stats baseLate = Stats.of(base.stream().map(Poll::lateMs).toList());
                Stats basePolls = Stats.of(base.stream().map(Poll::polls).toList());
                if (driverOk) {
                    Stats late = Stats.of(drv.stream().map(Poll::lateMs).toList());
                    Stats polls = Stats.of(drv.stream().map(Poll::polls).toList());
                    report.row(new ResultRow("job " + job + " ms: noticed after", "ms", late, null, baseLate, "",
                            String.format("≤ %.0f ms", lateTarget), ResultRow.Verdict.of(late.median() <= lateTarget)));
                    report.row(new ResultRow("job " + job + " ms: polls", "polls", polls, null, basePolls, "",
                            String.format("≤ %.1f", pollTarget), ResultRow.Verdict.of(polls.max() <= pollTarget)));
                } else {
                    report.row(ResultRow.unavailable("job " + job + " ms: noticed after", "ms", why, baseLate,
                            String.format("≤ %.0f ms", lateTarget)));
                    report.row(ResultRow.unavailable("job " + job + " ms: polls", "polls", why, basePolls,
                            String.format("≤ %.1f", pollTarget)));
                }
            }
        } finally {
            ctx.server().processingDelay(c.processingDelayMs());
        }
        report.note("Lateness is judged on the median, polls on the maximum; " + reps + " jobs per job time.");
        return report;
    }

    /** The lateness and polls of the (single) query job in the log since the last reset. */
    private static Poll read(RequestLog log, long jobMs) {
        RequestLog.Entry start = null;
        RequestLog.Entry last = null;
        int polls = 0;
        for (RequestLog.Entry e : log.entries()) {
            if (START.equals(e.routeKey())) {
                start = e;
            } else if (GET.equals(e.routeKey())) {
                polls++;
                last = e;
            }
        }
        if (start == null || last == null) {
            throw new IllegalStateException("no query job in the request log");
        }
        double startArrival = micros(start.at()) - start.durationMicros();
        double doneAt = startArrival + jobMs * 1000.0;
        return new Poll((micros(last.at()) - doneAt) / 1000.0, polls);
    }

    private static double micros(java.time.Instant t) {
        return t.getEpochSecond() * 1e6 + t.getNano() / 1e3;
    }
}

package org.synapsejdbc.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark command: starts local-synapse in this JVM, loads the data once, runs the eight cases of issue 8 (each
 * after warm-up) and writes {@code docs/benchmarks.md} (or {@code --out FILE}). Options: see {@link BenchmarkConfig#parse}.
 */
public final class BenchmarkMain {
    private static final Logger LOG = LoggerFactory.getLogger(BenchmarkMain.class);

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        run(BenchmarkConfig.parse(args));
        System.exit(0);
    }

    /** Runs every case; a case that fails is reported as a harness error, the others still run. */
    public static List<CaseReport> run(BenchmarkConfig config) throws Exception {
        long t0 = System.nanoTime();
        String loadBefore = MachineInfo.loadAverage();
        List<BenchCase> cases = List.of(new PushdownQueryCase(), new PreparedStatementCase(), new FullScanCase(),
                new AggregateCase(), new MetadataWalkCase(), new BatchInsertCase(), new JobPollingCase(), new JoinCase());
        List<CaseReport> reports = new ArrayList<>();
        try (BenchServer server = new BenchServer(config.processingDelayMs())) {
            LOG.info("local-synapse on port {}; loading data", server.port());
            DataSets data = DataLoader.load(server, config);
            BenchContext ctx = new BenchContext(config, server, data);
            for (int i = 0; i < cases.size(); i++) {
                BenchCase bc = cases.get(i);
                if (!config.cases().contains(i + 1)) {
                    continue;
                }
                LOG.info("Case {} ({})", i + 1, bc.getClass().getSimpleName());
                try {
                    reports.add(bc.run(ctx));
                } catch (Exception | AssertionError e) {
                    LOG.error("Case {} failed", i + 1, e);
                    reports.add(new CaseReport(Integer.toString(i + 1), bc.getClass().getSimpleName())
                            .row(new ResultRow("(harness error)", "", null, "harness error: " + e, null, "", "",
                                    ResultRow.Verdict.NOT_MEASURED)));
                }
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            ReportWriter.write(config.output(), new ReportWriter.RunInfo(config, data, loadBefore, MachineInfo.loadAverage(),
                    secs, reports));
            LOG.info("Wrote {} after {} s", config.output(), String.format("%.0f", secs));
        }
        return reports;
    }
}

package org.synapsejdbc.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sizes, repetitions and output of one run. {@link #defaults()} is the documented full run; the smoke test uses
 * {@link #tiny(Path)}.
 */
public record BenchmarkConfig(long largeRows, long mediumRows, long smallRows, int walkProjects, int walkTablesPerProject,
                              long insertRows, int warmups, int reps, int scanReps, long processingDelayMs,
                              long baselinePollMillis, String childXmx, Path output, Set<Integer> cases) {

    /** All eight cases; {@code --cases 1,3} narrows a run to some of them (for investigating one target). */
    public static final Set<Integer> ALL_CASES = Set.of(1, 2, 3, 4, 5, 6, 7, 8);

    public static BenchmarkConfig defaults() {
        return new BenchmarkConfig(1_000_000, 100_000, 1_000, 20, 10, 100_000, 3, 15, 3, 0, 10, "256m",
                Path.of("docs/benchmarks.md"), ALL_CASES);
    }

    public static BenchmarkConfig tiny(Path output) {
        return new BenchmarkConfig(3_000, 2_000, 1_000, 2, 2, 2_000, 1, 1, 1, 0, 10, "256m", output, ALL_CASES);
    }

    /** {@code --name value} options override the defaults (see {@link BenchmarkMain}). */
    public static BenchmarkConfig parse(String[] args) {
        BenchmarkConfig c = defaults();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            String v = args[i + 1];
            c = switch (args[i]) {
                case "--large-rows" -> c.with(Long.parseLong(v), c.mediumRows, c.reps, c.scanReps, c.output);
                case "--medium-rows" -> c.with(c.largeRows, Long.parseLong(v), c.reps, c.scanReps, c.output);
                case "--reps" -> c.with(c.largeRows, c.mediumRows, Integer.parseInt(v), c.scanReps, c.output);
                case "--scan-reps" -> c.with(c.largeRows, c.mediumRows, c.reps, Integer.parseInt(v), c.output);
                case "--out" -> c.with(c.largeRows, c.mediumRows, c.reps, c.scanReps, Path.of(v));
                case "--processing-delay-ms" -> new BenchmarkConfig(c.largeRows, c.mediumRows, c.smallRows, c.walkProjects,
                        c.walkTablesPerProject, c.insertRows, c.warmups, c.reps, c.scanReps, Long.parseLong(v),
                        c.baselinePollMillis, c.childXmx, c.output, c.cases);
                case "--cases" -> new BenchmarkConfig(c.largeRows, c.mediumRows, c.smallRows, c.walkProjects,
                        c.walkTablesPerProject, c.insertRows, c.warmups, c.reps, c.scanReps, c.processingDelayMs,
                        c.baselinePollMillis, c.childXmx, c.output, parseCases(v));
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --large-rows --medium-rows --reps --scan-reps --processing-delay-ms --cases --out)");
            };
        }
        return c;
    }

    private static Set<Integer> parseCases(String v) {
        Set<Integer> cases = Arrays.stream(v.split(",")).map(String::trim).map(Integer::valueOf).collect(Collectors.toSet());
        if (!ALL_CASES.containsAll(cases)) {
            throw new IllegalArgumentException("--cases takes numbers 1 to 8, got " + v);
        }
        return cases;
    }

    private BenchmarkConfig with(long large, long medium, int r, int sr, Path out) {
        return new BenchmarkConfig(large, medium, smallRows, walkProjects, walkTablesPerProject, insertRows, warmups, r, sr,
                processingDelayMs, baselinePollMillis, childXmx, out, cases);
    }
}

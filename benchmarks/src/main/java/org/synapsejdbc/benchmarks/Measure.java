package org.synapsejdbc.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs a piece of work after warm-up runs and collects one value per repetition (elapsed ms unless it reports its own). */
public final class Measure {
    private static final Logger LOG = LoggerFactory.getLogger(Measure.class);

    /** A run that returns the value to record (e.g. rows/s, a request count). */
    @FunctionalInterface
    public interface Run {
        double run(int repetition) throws Exception;
    }

    /** A run whose elapsed time is what is recorded. */
    @FunctionalInterface
    public interface Timed {
        void run(int repetition) throws Exception;
    }

    private Measure() {
    }

    /** Elapsed milliseconds of each repetition, after {@code warmups} unrecorded runs. */
    public static Stats millis(String label, int warmups, int reps, Timed work) throws Exception {
        return values(label, warmups, reps, i -> {
            long t0 = System.nanoTime();
            work.run(i);
            return (System.nanoTime() - t0) / 1e6;
        });
    }

    /** The values returned by each repetition, after {@code warmups} unrecorded runs. */
    public static Stats values(String label, int warmups, int reps, Run work) throws Exception {
        for (int i = 0; i < warmups; i++) {
            work.run(-1 - i);
        }
        List<Double> out = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            out.add(work.run(i));
        }
        Stats s = Stats.of(out);
        LOG.info("{}: median {} (min {}, max {}, n={})", label, fmt(s.median()), fmt(s.min()), fmt(s.max()), s.n());
        return s;
    }

    static String fmt(double v) {
        return Math.abs(v) >= 100 ? String.format("%.0f", v) : String.format("%.2f", v);
    }
}

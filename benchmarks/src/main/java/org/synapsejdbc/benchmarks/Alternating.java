package org.synapsejdbc.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times a baseline and the driver execution by execution, in turn going first, so that both meet the same JVM
 * warmth, server state and machine load (measuring one side after the other favours whichever runs later).
 */
final class Alternating {
    private static final Logger LOG = LoggerFactory.getLogger(Alternating.class);

    /** Elapsed milliseconds of each side and, per repetition, the driver's minus the baseline's. */
    record Result(Stats baseline, Stats driver, Stats difference) {
    }

    private Alternating() {
    }

    /** {@code warmups} unrecorded rounds, then {@code reps} recorded ones; each round runs both sides once. */
    static Result millis(String label, int warmups, int reps, Measure.Timed baseline, Measure.Timed driver)
            throws Exception {
        List<Double> b = new ArrayList<>();
        List<Double> d = new ArrayList<>();
        List<Double> diff = new ArrayList<>();
        for (int round = 0; round < warmups + reps; round++) {
            int rep = round < warmups ? -1 - round : round - warmups;
            double tb;
            double td;
            if (round % 2 == 0) {
                tb = time(baseline, rep);
                td = time(driver, rep);
            } else {
                td = time(driver, rep);
                tb = time(baseline, rep);
            }
            if (rep >= 0) {
                b.add(tb);
                d.add(td);
                diff.add(td - tb);
            }
        }
        Result r = new Result(Stats.of(b), Stats.of(d), Stats.of(diff));
        LOG.info("{}: baseline median {}, driver median {}, paired difference median {} (n={})", label,
                Measure.fmt(r.baseline().median()), Measure.fmt(r.driver().median()),
                Measure.fmt(r.difference().median()), reps);
        return r;
    }

    private static double time(Measure.Timed run, int rep) throws Exception {
        long t0 = System.nanoTime();
        run.run(rep);
        return (System.nanoTime() - t0) / 1e6;
    }
}

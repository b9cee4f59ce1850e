package org.synapsejdbc.local.http;

/**
 * Fault-injection settings (all off by default): per-request probabilities of a 503, 500 or 429 answer or of a
 * reset connection, and added latency. Immutable; swap the whole object to change settings at run time.
 */
public record Faults(double p503, double p500, double p429, double pReset, long latencyMillis, long seed) {

    public static final Faults NONE = new Faults(0, 0, 0, 0, 0, 0);

    public Faults {
        for (double p : new double[] {p503, p500, p429, pReset}) {
            if (p < 0 || p > 1) {
                throw new IllegalArgumentException("probability out of [0,1]: " + p);
            }
        }
        if (latencyMillis < 0) {
            throw new IllegalArgumentException("latency < 0");
        }
    }

    public Faults with503(double p) {
        return new Faults(p, p500, p429, pReset, latencyMillis, seed);
    }

    public Faults with500(double p) {
        return new Faults(p503, p, p429, pReset, latencyMillis, seed);
    }

    public Faults with429(double p) {
        return new Faults(p503, p500, p, pReset, latencyMillis, seed);
    }

    public Faults withReset(double p) {
        return new Faults(p503, p500, p429, p, latencyMillis, seed);
    }

    public Faults withLatency(long millis) {
        return new Faults(p503, p500, p429, pReset, millis, seed);
    }

    /** A fixed seed makes the fault sequence reproducible; 0 = random. */
    public Faults withSeed(long s) {
        return new Faults(p503, p500, p429, pReset, latencyMillis, s);
    }

    public boolean any() {
        return p503 > 0 || p500 > 0 || p429 > 0 || pReset > 0 || latencyMillis > 0;
    }
}

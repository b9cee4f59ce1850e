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

    /**
     * Parses the launcher's {@code --faults} spec: comma-separated {@code name=value} pairs with names {@code 503},
     * {@code 500}, {@code 429}, {@code reset} (probabilities 0..1), {@code latency} (ms) and {@code seed}; e.g.
     * {@code 503=0.05,reset=0.01,latency=20}. Unknown names and bad values are an IllegalArgumentException.
     */
    public static Faults parse(String spec) {
        Faults f = NONE;
        if (spec == null || spec.isBlank()) {
            return f;
        }
        for (String part : spec.split(",")) {
            String[] kv = part.trim().split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("fault '" + part.trim() + "' is not name=value");
            }
            String v = kv[1].trim();
            try {
                f = switch (kv[0].trim().toLowerCase(java.util.Locale.ROOT)) {
                    case "503" -> f.with503(Double.parseDouble(v));
                    case "500" -> f.with500(Double.parseDouble(v));
                    case "429" -> f.with429(Double.parseDouble(v));
                    case "reset" -> f.withReset(Double.parseDouble(v));
                    case "latency" -> f.withLatency(Long.parseLong(v));
                    case "seed" -> f.withSeed(Long.parseLong(v));
                    default -> throw new IllegalArgumentException("unknown fault '" + kv[0].trim()
                            + "' (known: 503, 500, 429, reset, latency, seed)");
                };
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("fault " + kv[0].trim() + ": not a number: " + v);
            }
        }
        return f;
    }

    public boolean any() {
        return p503 > 0 || p500 > 0 || p429 > 0 || pReset > 0 || latencyMillis > 0;
    }
}

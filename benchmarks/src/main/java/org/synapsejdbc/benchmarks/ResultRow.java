package org.synapsejdbc.benchmarks;

/**
 * One line of the results table: a metric measured for the driver (or why it could not be) and for its baseline in the
 * same run, the ratio or difference the target is about, the target and the verdict.
 */
public record ResultRow(String metric, String unit, Stats driver, String driverUnavailable, Stats baseline,
                        String comparison, String target, Verdict verdict) {

    /** Whether the target was met. */
    public enum Verdict {
        MET("met"), MISSED("**missed**"), NOT_MEASURED("not measured"), INFO("—");

        private final String text;

        Verdict(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }

        static Verdict of(boolean met) {
            return met ? MET : MISSED;
        }
    }

    /** A driver measurement that could not be taken, with the baseline still reported. */
    public static ResultRow unavailable(String metric, String unit, String why, Stats baseline, String target) {
        return new ResultRow(metric, unit, null, why, baseline, "", target, Verdict.NOT_MEASURED);
    }
}

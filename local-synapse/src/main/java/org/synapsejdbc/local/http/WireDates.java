package org.synapsejdbc.local.http;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Synapse's date-time wire form: ISO-8601 UTC with exactly three fraction digits ({@code 2024-10-24T18:07:06.123Z}). */
public final class WireDates {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private WireDates() {
    }

    public static String format(Instant t) {
        return t == null ? null : FORMAT.format(t);
    }

    /** The current time at Synapse's (millisecond) precision. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}

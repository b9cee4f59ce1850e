package org.synapsejdbc.local.sql.h2;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * MySQL date, string and numeric functions that H2 lacks or implements differently, as Java functions registered with
 * {@code CREATE ALIAS SYN_...}; date/time functions work in UTC like Synapse's MySQL.
 */
public final class H2Functions {

    private static final String[] ALIASES = {"NOW", "CURDATE", "CURTIME", "UNIX_TIMESTAMP", "FROM_UNIXTIME", "DATE",
        "DAYNAME", "MONTHNAME", "DAYOFWEEK", "DAYOFMONTH", "DAYOFYEAR", "WEEKOFYEAR", "YEARWEEK", "MICROSECOND",
        "SECOND", "MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "QUARTER", "YEAR", "CONCAT", "CRC32", "JSON_OBJECT",
        "JSON_ARRAY", "JSON_EXTRACT", "JSON_UNQUOTE", "JSON_QUOTE", "JSON_OVERLAPS", "JSON_SEARCH", "JSON_RENDER"};
    private static final String JSON_PREFIX = "JSON_";

    private H2Functions() {
    }

    /** Registers every {@code SYN_*} alias on the database (idempotent). */
    public static void install(Connection conn) throws SQLException {
        try (Statement s = conn.createStatement()) {
            for (String name : ALIASES) {
                String method = javaName(name);
                Class<?> owner = name.startsWith(JSON_PREFIX) ? H2JsonFunctions.class : H2Functions.class;
                s.execute("CREATE ALIAS IF NOT EXISTS SYN_" + name + " FOR \"" + owner.getName() + "." + method + "\"");
            }
        }
    }

    private static String javaName(String alias) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : alias.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    /** MySQL's reading of a date/time argument (H2 passes TIMESTAMP and DATE values as their text). */
    static LocalDateTime toDateTime(String v) {
        if (v == null) {
            return null;
        }
        String s = v.toString().trim();
        try {
            if (s.length() <= 10) {
                return LocalDate.parse(s).atStartOfDay();
            }
            return LocalDateTime.parse(s.replace(' ', 'T'));
        } catch (RuntimeException e) {
            return null;
        }
    }

    public static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    public static LocalDate curdate() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public static LocalTime curtime() {
        return LocalTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    public static Long unixTimestamp() {
        return Instant.now().getEpochSecond();
    }

    public static Long unixTimestamp(String v) {
        LocalDateTime t = toDateTime(v);
        return t == null ? null : t.toEpochSecond(ZoneOffset.UTC);
    }

    public static LocalDateTime fromUnixtime(Double seconds) {
        if (seconds == null) {
            return null;
        }
        long millis = Math.round(seconds * 1000);
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC);
    }

    public static LocalDate date(String v) {
        LocalDateTime t = toDateTime(v);
        return t == null ? null : t.toLocalDate();
    }

    public static String dayname(String v) {
        LocalDateTime t = toDateTime(v);
        return t == null ? null : t.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    public static String monthname(String v) {
        LocalDateTime t = toDateTime(v);
        return t == null ? null : t.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** MySQL DAYOFWEEK: 1 = Sunday ... 7 = Saturday. */
    public static Integer dayofweek(String v) {
        LocalDateTime t = toDateTime(v);
        return t == null ? null : t.getDayOfWeek().getValue() % 7 + 1;
    }

    public static Integer dayofmonth(String v) {
        LocalDateTime t = toDateTime(v);
        return t == null ? null : t.getDayOfMonth();
    }

    public static Integer dayofyear(String v) {
        LocalDateTime t = toDateTime(v);
        return t == null ? null : t.getDayOfYear();
    }

    /** MySQL WEEKOFYEAR: ISO week number. */
    public static Integer weekofyear(String v) {
        LocalDateTime t = toDateTime(v);
        return t == null ? null : t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** MySQL YEARWEEK (mode 0: weeks start on Sunday, week 1 has the year's first Sunday). */
    public static Integer yearweek(String v) {
        LocalDateTime t = toDateTime(v);
        if (t == null) {
            return null;
        }
        LocalDate d = t.toLocalDate();
        int year = d.getYear();
        int week = week0(d);
        if (week == 0) {
            year--;
            week = week0(LocalDate.of(year, 12, 31));
        }
        return year * 100 + week;
    }

    private static int week0(LocalDate d) {
        LocalDate jan1 = LocalDate.of(d.getYear(), 1, 1);
        int firstSunday = 1 + (7 - jan1.getDayOfWeek().getValue() % 7) % 7;
        int doy = d.getDayOfYear();
        return doy < firstSunday ? 0 : (doy - firstSunday) / 7 + 1;
    }

    public static Integer microsecond(String v) {
        LocalDateTime t = toDateTime(v);
        return t == null ? null : t.getNano() / 1000;
    }

    public static Integer second(String v) {
        LocalDateTime t = toDateTime(v);
        return t == null ? null : t.getSecond();
    }

    public static Integer minute(String v) {
        LocalDateTime t = toDateTime(v);
        return t == null ? null : t.getMinute();
    }

    public static Integer hour(String v) {
        LocalDateTime t = toDateTime(v);
        return t == null ? null : t.getHour();
    }

    public static Integer day(String v) {
        return dayofmonth(v);
    }

    /** MySQL WEEK (mode 0). */
    public static Integer week(String v) {
        LocalDateTime t = toDateTime(v);
        return t == null ? null : week0(t.toLocalDate());
    }

    public static Integer month(String v) {
        LocalDateTime t = toDateTime(v);
        return t == null ? null : t.getMonthValue();
    }

    public static Integer quarter(String v) {
        LocalDateTime t = toDateTime(v);
        return t == null ? null : (t.getMonthValue() - 1) / 3 + 1;
    }

    public static Integer year(String v) {
        LocalDateTime t = toDateTime(v);
        return t == null ? null : t.getYear();
    }

    /** MySQL CONCAT: NULL when any argument is NULL. */
    public static String concat(String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p == null) {
                return null;
            }
            sb.append(p);
        }
        return sb.toString();
    }

    public static Long crc32(String s) {
        if (s == null) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(s.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }

}

package org.synapsejdbc.local.sql.check;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synapsejdbc.client.model.ColumnType;

/**
 * Converts a right-hand literal by the left side's type (grammar §6.5). When Synapse's conversion fails it
 * binds the text unchanged and MySQL coerces it; since H2 would raise an error instead, a failed conversion
 * against a numeric type yields MySQL's coercion (the leading number of the text, else 0).
 */
public final class LiteralConverter {

    private static final Pattern SYNAPSE_DATE = Pattern.compile(
            "(\\d+)-(\\d{1,2})-(\\d{1,2})(?: (\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.(\\d{1,3}))?)?)?");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*[+-]?(\\d+\\.?\\d*([eE][+-]?\\d+)?|\\.\\d+)");

    private LiteralConverter() {
    }

    /** The value to bind for a literal's text compared with a value of the given type (null type: text). */
    public static Object convert(String text, ColumnType type) {
        if (type == null) {
            return text;
        }
        Object converted = tryConvert(text, ColumnTypes.elementType(type));
        if (converted != null) {
            return converted;
        }
        if (ColumnTypes.isInteger(type) || type == ColumnType.DOUBLE) {
            return mysqlNumber(text);
        }
        if (type == ColumnType.BOOLEAN) {
            return mysqlNumber(text).doubleValue() != 0;
        }
        return text;
    }

    /** The converted value, or null when Synapse's conversion fails. */
    public static Object tryConvert(String text, ColumnType type) {
        try {
            return switch (type) {
                case INTEGER, FILEHANDLEID, USERID, SUBMISSIONID, EVALUATIONID -> Long.parseLong(text.trim());
                case DATE -> parseDate(text.trim());
                case ENTITYID -> parseEntityId(text.trim());
                case DOUBLE -> parseDouble(text.trim());
                case BOOLEAN -> parseBoolean(text.trim());
                default -> text;
            };
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** MySQL's string-to-number coercion: the leading number, else 0. */
    static Number mysqlNumber(String text) {
        Matcher m = LEADING_NUMBER.matcher(text);
        if (!m.find()) {
            return 0L;
        }
        String n = m.group().trim();
        try {
            return Long.parseLong(n);
        } catch (NumberFormatException e) {
            return Double.parseDouble(n);
        }
    }

    /** Epoch ms, {@code yy-M-d[ H:m[:s[.SSS]]]} (UTC) or ISO-8601. */
    public static Long parseDate(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException ignored) {
            // not epoch ms
        }
        Matcher m = SYNAPSE_DATE.matcher(text);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            if (m.group(1).length() <= 2) {
                year += year < 50 ? 2000 : 1900;
            }
            LocalDateTime t = LocalDateTime.of(year, Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    m.group(4) == null ? 0 : Integer.parseInt(m.group(4)), m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)),
                    m.group(7) == null ? 0 : Integer.parseInt((m.group(7) + "00").substring(0, 3)) * 1_000_000);
            return t.toInstant(ZoneOffset.UTC).toEpochMilli();
        }
        try {
            return OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text).toEpochMilli();
            } catch (DateTimeParseException e2) {
                return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC).toEpochMilli();
            }
        }
    }

    /** {@code syn123}, {@code SYN123}, {@code 123} and URL-encoded forms; versions are not accepted. */
    public static Long parseEntityId(String text) {
        String t = URLDecoder.decode(text, StandardCharsets.UTF_8).trim();
        if (t.regionMatches(true, 0, "syn", 0, 3)) {
            t = t.substring(3);
        }
        if (t.isEmpty() || !t.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException(text + " is not a valid Synapse ID.");
        }
        return Long.parseLong(t);
    }

    /** Java decimal syntax plus NaN and the infinity spellings Synapse accepts. */
    public static Double parseDouble(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        switch (t) {
            case "nan":
                return Double.NaN;
            case "infinity", "+infinity", "inf", "+inf", "\u221e", "+\u221e":
                return Double.POSITIVE_INFINITY;
            case "-infinity", "-inf", "-\u221e":
                return Double.NEGATIVE_INFINITY;
            default:
                if (t.endsWith("d") || t.endsWith("f")) {
                    throw new NumberFormatException(text);
                }
                return Double.parseDouble(text);
        }
    }

    private static Boolean parseBoolean(String text) {
        if (text.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (text.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw new IllegalArgumentException("Not a boolean: " + text);
    }
}

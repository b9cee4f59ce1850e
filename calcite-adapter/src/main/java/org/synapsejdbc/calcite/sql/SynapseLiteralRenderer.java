package org.synapsejdbc.calcite.sql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Calendar;
import java.util.Locale;

import org.apache.calcite.avatica.util.ByteString;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Renders Java values as Synapse SQL literals, the only safe way to put a value into a statement (Synapse has no
 * bind parameters).
 *
 * <p>Facts from Synapse's lexer: string literals are single-quoted with {@code ''} doubling and no backslash escapes,
 * at most 1,000 characters; numbers have no sign (a leading minus is a unary operator, which is fine on a predicate's
 * right side); TRUE/FALSE are accepted only right after a comparison operator, so booleans render as
 * {@code 'true'}/{@code 'false'}, which Synapse converts with the left side's BOOLEAN type; NaN and the infinities
 * exist only as the strings {@code 'NaN'}, {@code 'Infinity'}, {@code '-Infinity'}; DATE columns hold epoch
 * milliseconds, so timestamps render as integers. In a LIKE pattern without ESCAPE, MySQL treats a backslash as the
 * escape character while Calcite treats it literally, so such patterns get their backslashes doubled.
 */
public final class SynapseLiteralRenderer {
    /** Longest string literal Synapse's parser accepts. */
    public static final int MAX_STRING_LENGTH = 1000;

    private SynapseLiteralRenderer() {
    }

    /** A quoted string literal; fails if Synapse would reject its length. */
    public static String string(String value) {
        if (value.length() > MAX_STRING_LENGTH) {
            throw new IllegalArgumentException("A string value of " + value.length()
                    + " characters exceeds Synapse's maximum literal size of " + MAX_STRING_LENGTH);
        }
        StringBuilder buf = new StringBuilder(value.length() + 2).append('\'');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\'') {
                buf.append('\'');
            }
            buf.append(c);
        }
        return buf.append('\'').toString();
    }

    /** A LIKE pattern used without ESCAPE: backslashes doubled so MySQL's default escape keeps them literal. */
    public static String likePattern(String pattern) {
        return string(pattern.replace("\\", "\\\\"));
    }

    /** Whether a string can be written as a Synapse literal (length limit). */
    public static boolean isRenderable(String value) {
        return value.length() <= MAX_STRING_LENGTH;
    }

    /**
     * A literal for {@code value} as a value of SQL type {@code target} (the type Calcite inferred for the parameter).
     *
     * @throws IllegalArgumentException if the value does not fit the type or cannot be written in Synapse SQL
     */
    public static String render(Object value, SqlTypeName target) {
        if (value == null) {
            return "NULL";
        }
        switch (target) {
            case CHAR:
            case VARCHAR:
                return string(textOf(value));
            case BOOLEAN:
                return bool(value);
            case TINYINT:
            case SMALLINT:
            case INTEGER:
            case BIGINT:
                return integer(value);
            case DECIMAL:
                return decimal(value);
            case FLOAT:
            case REAL:
            case DOUBLE:
                return approximate(value);
            case TIMESTAMP:
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE:
            case DATE:
                return withSign(Long.toString(epochMillis(value)));
            default:
                throw new IllegalArgumentException("Synapse SQL has no literal for SQL type " + target);
        }
    }

    private static String textOf(Object value) {
        if (value instanceof String) {
            return (String) value;
        }
        if (value instanceof Character || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof ByteString) {
            throw new IllegalArgumentException("Binary values cannot be compared with Synapse columns");
        }
        throw new IllegalArgumentException("Cannot use a " + value.getClass().getSimpleName() + " as a string value");
    }

    private static String bool(Object value) {
        if (value instanceof Boolean) {
            return ((Boolean) value) ? "'true'" : "'false'";
        }
        if (value instanceof String) {
            String s = ((String) value).trim().toLowerCase(Locale.ROOT);
            if (s.equals("true") || s.equals("false")) {
                return "'" + s + "'";
            }
        }
        if (value instanceof Number) {
            return ((Number) value).intValue() != 0 ? "'true'" : "'false'";
        }
        throw new IllegalArgumentException("Not a boolean value: " + value);
    }

    private static String integer(Object value) {
        BigDecimal d = numeric(value);
        try {
            return withSign(BigInteger.valueOf(d.toBigIntegerExact().longValueExact()).toString());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Not a 64-bit integer: " + value, e);
        }
    }

    private static String decimal(Object value) {
        return withSign(numeric(value).toPlainString());
    }

    private static String approximate(Object value) {
        double d;
        if (value instanceof Number) {
            d = ((Number) value).doubleValue();
        } else if (value instanceof String) {
            try {
                d = Double.parseDouble(((String) value).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a number: " + value, e);
            }
        } else {
            throw new IllegalArgumentException("Not a number: " + value);
        }
        if (Double.isNaN(d)) {
            return "'NaN'";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "'Infinity'" : "'-Infinity'";
        }
        // Java renders e.g. 1.0E10 and 1.0E-5, both valid approximate numerics in Synapse's lexer.
        return withSign(Double.toString(d));
    }

    private static BigDecimal numeric(Object value) {
        if (value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof BigInteger) {
            return new BigDecimal((BigInteger) value);
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("Not an exact number: " + value);
            }
            return new BigDecimal(Double.toString(d));
        }
        if (value instanceof String) {
            try {
                return new BigDecimal(((String) value).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not a number: " + value, e);
            }
        }
        throw new IllegalArgumentException("Not a number: " + value);
    }

    /**
     * Negative numbers as a parenthesised unary minus, valid in every value position of Synapse SQL. The lexer reads
     * the digits as a signed 64-bit number, so the most negative long is written as an expression.
     */
    static String withSign(String digits) {
        if (digits.equals(Long.toString(Long.MIN_VALUE))) {
            return "(-9223372036854775807-1)";
        }
        return digits.startsWith("-") ? "(" + digits + ")" : digits;
    }

    /**
     * Epoch milliseconds of a timestamp value. Calcite passes TIMESTAMP parameters as epoch-millisecond longs (wall
     * clock read as UTC); java.time values without zone are read as UTC too, since Synapse DATE is UTC.
     */
    public static long epochMillis(Object value) {
        if (value instanceof Number) {
            if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
                throw new IllegalArgumentException("Not an epoch millisecond value: " + value);
            }
            return ((Number) value).longValue();
        }
        if (value instanceof java.util.Date) {
            return ((java.util.Date) value).getTime();
        }
        if (value instanceof Calendar) {
            return ((Calendar) value).getTimeInMillis();
        }
        if (value instanceof Instant) {
            return ((Instant) value).toEpochMilli();
        }
        if (value instanceof LocalDateTime) {
            return ((LocalDateTime) value).toInstant(ZoneOffset.UTC).toEpochMilli();
        }
        if (value instanceof LocalDate) {
            return ((LocalDate) value).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        }
        if (value instanceof OffsetDateTime) {
            return ((OffsetDateTime) value).toInstant().toEpochMilli();
        }
        if (value instanceof ZonedDateTime) {
            return ((ZonedDateTime) value).toInstant().toEpochMilli();
        }
        throw new IllegalArgumentException("Not a timestamp value: " + value);
    }
}

package org.synapsejdbc.calcite.dml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Pattern;
import org.synapsejdbc.calcite.error.SynapseSqlStates;

/**
 * The rules for a value written into a numeric or BOOLEAN Synapse column, shared by the literals checked while a
 * statement is prepared and the {@code ?} parameters converted when it runs (the generated code calls these
 * methods): numeric text is accepted as an implicit cast (as most JDBC drivers do), other text is refused with
 * 22018; an INTEGER (a 64-bit long in Synapse) takes whole numbers only, refusing fractions with 22018 rather than
 * rounding them silently (Synapse itself refuses "1.5" for an INTEGER), and numbers beyond its range with 22003.
 */
public final class ColumnValues {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern NON_FINITE = Pattern.compile("[+-]?(NaN|Infinity)");
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final BigDecimal DOUBLE_MAX = new BigDecimal(Double.MAX_VALUE);
    private static final String INTEGER_RANGE = "a Synapse INTEGER is a 64-bit integer, -9223372036854775808 to"
            + " 9223372036854775807";
    private static final String DOUBLE_RANGE = "a DOUBLE holds at most about 1.8E308 in magnitude";

    private ColumnValues() {
    }

    /** A value for an INTEGER (or id) column; {@code column} names it for the message, e.g. "n (INTEGER)". */
    public static Long toBigint(Object value, String column) {
        if (value == null || value instanceof Long) {
            return (Long) value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (Double.isNaN(d)) {
                throw invalid(value, column, "NaN is not a whole number");
            }
            if (Double.isInfinite(d)) {
                throw outOfRange(value, column, INTEGER_RANGE);
            }
            return whole(new BigDecimal(d), value, column);
        }
        if (value instanceof BigDecimal d) {
            return whole(d, value, column);
        }
        if (value instanceof BigInteger i) {
            return whole(new BigDecimal(i), value, column);
        }
        if (value instanceof String s) {
            String text = s.strip();
            if (!DECIMAL.matcher(text).matches()) {
                throw invalid(value, column, "it is not a number");
            }
            return whole(new BigDecimal(text), value, column);
        }
        throw invalid(value, column, "a " + value.getClass().getSimpleName() + " is not a number");
    }

    /** A value for a DOUBLE column: numbers, numeric text, and NaN/Infinity as Synapse accepts them. */
    public static Double toDouble(Object value, String column) {
        if (value == null || value instanceof Double) {
            return (Double) value;
        }
        if (value instanceof BigDecimal d) {
            if (d.abs().compareTo(DOUBLE_MAX) > 0) {
                throw outOfRange(value, column, DOUBLE_RANGE);
            }
            return d.doubleValue();
        }
        if (value instanceof BigInteger i) {
            return toDouble(new BigDecimal(i), column);
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof String s) {
            String text = s.strip();
            if (NON_FINITE.matcher(text).matches()) {
                return Double.parseDouble(text);
            }
            if (!DECIMAL.matcher(text).matches()) {
                throw invalid(value, column, "it is not a number");
            }
            return toDouble(new BigDecimal(text), column);
        }
        throw invalid(value, column, "a " + value.getClass().getSimpleName() + " is not a number");
    }

    /** A value for a BOOLEAN column: a boolean, or the text true/false (any case), as SQL's CAST accepts. */
    public static Boolean toBoolean(Object value, String column) {
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        if (value instanceof String s) {
            String text = s.strip().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return Boolean.valueOf(text);
            }
            throw invalid(value, column, "a BOOLEAN is true or false");
        }
        throw invalid(value, column, "a BOOLEAN is true or false");
    }

    private static long whole(BigDecimal d, Object value, String column) {
        if (d.compareTo(LONG_MIN) < 0 || d.compareTo(LONG_MAX) > 0) {
            throw outOfRange(value, column, INTEGER_RANGE);
        }
        if (d.signum() != 0 && d.stripTrailingZeros().scale() > 0) {
            throw invalid(value, column, "it is not a whole number (round it explicitly, e.g. ROUND(x), or use a"
                    + " DOUBLE column)");
        }
        return d.longValueExact();
    }

    private static RuntimeException invalid(Object value, String column, String why) {
        return DmlErrors.of(SynapseSqlStates.INVALID_CAST,
                "Cannot write " + show(value) + " into column " + column + ": "
                + why + "; nothing was written");
    }

    private static RuntimeException outOfRange(Object value, String column, String range) {
        return DmlErrors.of(SynapseSqlStates.OUT_OF_RANGE, "Cannot write " + show(value) + " into column " + column
                + ": it is out of range (" + range + "); nothing was written");
    }

    private static String show(Object value) {
        String text = value instanceof BigDecimal d ? d.toString() : String.valueOf(value);
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        return value instanceof String ? "'" + shown + "'" : shown;
    }
}

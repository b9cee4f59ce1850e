package org.synapsejdbc.local.sql.h2;

import java.util.List;
import java.util.Set;
import org.synapsejdbc.local.sql.ast.AggregateCall;
import org.synapsejdbc.local.sql.ast.FunctionCall;
import org.synapsejdbc.local.sql.ast.IntervalLiteral;

/** Maps Synapse SQL (MySQL) functions, aggregates and interval literals onto H2 SQL. */
final class FunctionMapper {

    /** Functions implemented by the {@code SYN_} Java aliases of {@link H2Functions}. */
    private static final Set<String> ALIASED = Set.of("UNIX_TIMESTAMP", "DATE", "DAYNAME", "MONTHNAME", "DAYOFWEEK",
            "DAYOFMONTH", "DAYOFYEAR", "WEEKOFYEAR", "YEARWEEK", "MICROSECOND", "SECOND", "MINUTE", "HOUR", "DAY", "WEEK",
            "MONTH", "QUARTER", "YEAR", "CONCAT", "CRC32", "JSON_OBJECT", "JSON_ARRAY", "JSON_EXTRACT", "JSON_UNQUOTE",
            "JSON_QUOTE", "JSON_OVERLAPS", "JSON_SEARCH");

    /** Functions MySQL also accepts without parentheses. */
    static final Set<String> BARE_ALLOWED = Set.of("CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME");

    /** Translates argument i into the buffer. */
    interface Args {
        void write(int index, SqlBuffer out);
    }

    private FunctionMapper() {
    }

    /** Writes a MySQL-class function call. */
    static void function(FunctionCall f, Args args, SqlBuffer out) {
        int n = f.arguments() == null ? 0 : f.arguments().size();
        String name = f.name();
        switch (name) {
            case "NOW", "CURRENT_TIMESTAMP" -> out.append("SYN_NOW()");
            case "CURRENT_DATE" -> out.append("SYN_CURDATE()");
            case "CURRENT_TIME" -> out.append("SYN_CURTIME()");
            case "FROM_UNIXTIME" -> {
                out.append("SYN_FROM_UNIXTIME(CAST(");
                writeList(n, args, out);
                out.append(" AS DOUBLE PRECISION))");
            }
            case "IFNULL" -> call("COALESCE", n, args, out);
            case "REPLACE", "UPPER", "LOWER", "TRIM", "ROUND" -> call(name, n, args, out);
            default -> {
                if (!ALIASED.contains(name)) {
                    throw new IllegalStateException("unmapped function " + name);
                }
                call("SYN_" + name, n, args, out);
            }
        }
    }

    private static void call(String h2Name, int n, Args args, SqlBuffer out) {
        out.append(h2Name).append("(");
        writeList(n, args, out);
        out.append(")");
    }

    private static void writeList(int n, Args args, SqlBuffer out) {
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                out.append(", ");
            }
            args.write(i, out);
        }
    }

    /** The H2 name of an aggregate (GROUP_CONCAT and JSON_ARRAYAGG are written by the translator). */
    static String aggregateName(AggregateCall a) {
        return switch (a.name()) {
            case "BIT_AND" -> "BIT_AND_AGG";
            case "BIT_OR" -> "BIT_OR_AGG";
            case "BIT_XOR" -> "BIT_XOR_AGG";
            case "STD", "STDDEV", "STDDEV_POP" -> "STDDEV_POP";
            case "VARIANCE", "VAR_POP" -> "VAR_POP";
            default -> a.name();
        };
    }

    /** True for aggregates computed over doubles (MySQL returns floating results for these). */
    static boolean doubleAggregate(String name) {
        return List.of("AVG", "STD", "STDDEV", "STDDEV_POP", "STDDEV_SAMP", "VAR_POP", "VAR_SAMP", "VARIANCE").contains(name);
    }

    /** An H2 interval literal for {@code INTERVAL n UNIT}. */
    static String interval(IntervalLiteral i) {
        return switch (i.unit()) {
            case "QUARTER" -> "INTERVAL '" + (3 * i.count()) + "' MONTH";
            case "WEEK" -> "INTERVAL '" + (7 * i.count()) + "' DAY";
            case "MICROSECOND" -> "INTERVAL '" + java.math.BigDecimal.valueOf(i.count(), 6).toPlainString() + "' SECOND";
            default -> "INTERVAL '" + i.count() + "' " + i.unit();
        };
    }
}

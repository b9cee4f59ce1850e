package org.synapsejdbc.local.sql.check;

import java.util.Map;
import org.synapsejdbc.client.model.ColumnType;

/** The fixed result types of Synapse SQL functions (grammar §5); functions typed "=arg" are absent. */
public final class FunctionTypes {

    private static final Map<String, ColumnType> FIXED = Map.ofEntries(
            Map.entry("COUNT", ColumnType.INTEGER),
            Map.entry("AVG", ColumnType.DOUBLE), Map.entry("STD", ColumnType.DOUBLE),
            Map.entry("STDDEV", ColumnType.DOUBLE), Map.entry("STDDEV_POP", ColumnType.DOUBLE),
            Map.entry("STDDEV_SAMP", ColumnType.DOUBLE), Map.entry("VAR_POP", ColumnType.DOUBLE),
            Map.entry("VAR_SAMP", ColumnType.DOUBLE), Map.entry("VARIANCE", ColumnType.DOUBLE),
            Map.entry("BIT_AND", ColumnType.INTEGER), Map.entry("BIT_OR", ColumnType.INTEGER),
            Map.entry("BIT_XOR", ColumnType.INTEGER), Map.entry("GROUP_CONCAT", ColumnType.STRING),
            Map.entry("JSON_ARRAYAGG", ColumnType.JSON),
            Map.entry("CURRENT_TIMESTAMP", ColumnType.STRING), Map.entry("CURRENT_DATE", ColumnType.STRING),
            Map.entry("CURRENT_TIME", ColumnType.STRING), Map.entry("NOW", ColumnType.STRING),
            Map.entry("UNIX_TIMESTAMP", ColumnType.INTEGER), Map.entry("FROM_UNIXTIME", ColumnType.STRING),
            Map.entry("YEARWEEK", ColumnType.INTEGER), Map.entry("DATE", ColumnType.STRING),
            Map.entry("DAYNAME", ColumnType.STRING), Map.entry("MONTHNAME", ColumnType.STRING),
            Map.entry("DAYOFWEEK", ColumnType.INTEGER), Map.entry("DAYOFMONTH", ColumnType.INTEGER),
            Map.entry("DAYOFYEAR", ColumnType.INTEGER), Map.entry("WEEKOFYEAR", ColumnType.INTEGER),
            Map.entry("MICROSECOND", ColumnType.INTEGER), Map.entry("SECOND", ColumnType.INTEGER),
            Map.entry("MINUTE", ColumnType.INTEGER), Map.entry("HOUR", ColumnType.INTEGER),
            Map.entry("DAY", ColumnType.INTEGER), Map.entry("WEEK", ColumnType.INTEGER),
            Map.entry("MONTH", ColumnType.INTEGER), Map.entry("QUARTER", ColumnType.INTEGER),
            Map.entry("YEAR", ColumnType.INTEGER),
            Map.entry("CONCAT", ColumnType.STRING), Map.entry("REPLACE", ColumnType.STRING),
            Map.entry("UPPER", ColumnType.STRING), Map.entry("LOWER", ColumnType.STRING),
            Map.entry("TRIM", ColumnType.STRING), Map.entry("ROUND", ColumnType.DOUBLE),
            Map.entry("CRC32", ColumnType.INTEGER),
            Map.entry("JSON_OBJECT", ColumnType.JSON), Map.entry("JSON_ARRAY", ColumnType.JSON),
            Map.entry("JSON_EXTRACT", ColumnType.STRING), Map.entry("JSON_OVERLAPS", ColumnType.BOOLEAN),
            Map.entry("JSON_SEARCH", ColumnType.JSON), Map.entry("JSON_QUOTE", ColumnType.STRING),
            Map.entry("JSON_UNQUOTE", ColumnType.STRING));

    private FunctionTypes() {
    }

    /** The fixed result type of a function, or null when it takes its argument's type. */
    public static ColumnType fixed(String name) {
        return FIXED.get(name);
    }
}

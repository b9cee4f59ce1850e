package org.synapsejdbc.local.sql.h2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.local.sql.SynapseSqlException;
import org.synapsejdbc.local.sql.check.ColumnTypes;
import org.synapsejdbc.local.sql.check.LiteralConverter;

/**
 * Converts Synapse wire values (strings) into stored values, validating them with Synapse's messages
 * ({@code Value at [r,c] was not a valid TYPE. detail}); the inverse of {@link ResultEncoder} for stored cells.
 */
public final class CellCodec {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TEXT_LIMIT = 524_288;

    private CellCodec() {
    }

    /**
     * Converts one cell.
     *
     * @param m     the column
     * @param value the wire value (null clears the cell)
     * @param row   0-based row index in the change set (for the message)
     * @param col   0-based column index in the schema (for the message)
     */
    public static CellValue toStorage(ColumnModel m, String value, int row, int col) {
        if (value == null) {
            return CellValue.NULL;
        }
        ColumnType type = m.getColumnType();
        try {
            if (ColumnTypes.isList(type)) {
                return list(m, value);
            }
            if (value.isEmpty() && !ColumnTypes.isText(type)) {
                return CellValue.NULL;
            }
            return new CellValue(scalar(m, type, value), marker(type, value), List.of());
        } catch (IllegalArgumentException e) {
            throw SynapseSqlException.badRequest("Value at [" + row + "," + col + "] was not a valid " + type.name() + ". " + e.getMessage());
        }
    }

    private static String marker(ColumnType type, String value) {
        if (type != ColumnType.DOUBLE) {
            return null;
        }
        double d = LiteralConverter.parseDouble(value.trim());
        if (Double.isNaN(d)) {
            return "NaN";
        }
        return Double.isInfinite(d) ? (d > 0 ? "Infinity" : "-Infinity") : null;
    }

    private static Object scalar(ColumnModel m, ColumnType type, String value) {
        switch (type) {
            case STRING -> {
                long max = ColumnTypes.maxSize(m);
                if (value.length() > max) {
                    throw new IllegalArgumentException("String '" + value + "' exceeds the maximum length of " + max + " characters.");
                }
                checkEnum(m, value);
                return value;
            }
            case LINK -> {
                long max = ColumnTypes.maxSize(m);
                if (value.length() > max) {
                    throw new IllegalArgumentException("Link '" + value + "' exceeds the maximum length of " + max + " characters.");
                }
                return value;
            }
            case MEDIUMTEXT -> {
                if (value.length() > 2000) {
                    throw new IllegalArgumentException("Exceeds the maximum number of characters: 2000");
                }
                return value;
            }
            case LARGETEXT -> {
                if (value.length() > TEXT_LIMIT) {
                    throw new IllegalArgumentException("Exceeds the maximum number of characters: " + TEXT_LIMIT);
                }
                return value;
            }
            case JSON -> {
                if (value.length() > TEXT_LIMIT) {
                    throw new IllegalArgumentException("Exceeds the maximum number of characters: " + TEXT_LIMIT);
                }
                return json(value);
            }
            case DOUBLE -> {
                return storedDouble(parseDouble(value));
            }
            case BOOLEAN -> {
                if (value.trim().equalsIgnoreCase("true")) {
                    return Boolean.TRUE;
                }
                if (value.trim().equalsIgnoreCase("false")) {
                    return Boolean.FALSE;
                }
                throw new IllegalArgumentException("Not a boolean: " + value);
            }
            case ENTITYID -> {
                return LiteralConverter.parseEntityId(value);
            }
            case DATE -> {
                try {
                    return LiteralConverter.parseDate(value.trim());
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("Invalid format: \"" + value + "\"");
                }
            }
            default -> {
                return parseLong(value);
            }
        }
    }

    /**
     * The value-column form of a double: Synapse stores NaN as NULL and the infinities as
     * {@code ±1.7976931348623157E+308}, next to the marker column.
     */
    public static Double storedDouble(double d) {
        if (Double.isNaN(d)) {
            return null;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? Double.MAX_VALUE : -Double.MAX_VALUE;
        }
        return d;
    }

    private static long parseLong(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("For input string: \"" + value + "\"");
        }
    }

    private static double parseDouble(String value) {
        try {
            return LiteralConverter.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("For input string: \"" + value + "\"");
        }
    }

    private static void checkEnum(ColumnModel m, String value) {
        List<String> allowed = m.getEnumValues();
        if (allowed == null || allowed.isEmpty() || allowed.contains(value)) {
            return;
        }
        String tail = allowed.size() <= 10 ? "Valid values are: " + String.join(", ", allowed) + "."
                : "See column definition for valid values.";
        throw new IllegalArgumentException("'" + value + "' is not a valid value for this column. " + tail);
    }

    private static String json(String value) {
        try {
            JsonNode n = JSON.readTree(value);
            if (n == null || !n.isContainerNode()) {
                throw new IllegalArgumentException("Invalid JSON object or array: " + value);
            }
            return H2JsonFunctions.render(n);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Invalid JSON object or array: " + value);
        }
    }

    private static CellValue list(ColumnModel m, String value) {
        JsonNode n;
        try {
            n = JSON.readTree(value);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("Not a JSON Array: " + value);
        }
        if (n == null || !n.isArray()) {
            throw new IllegalArgumentException("Not a JSON Array: " + value);
        }
        if (n.size() > 100) {
            throw new IllegalArgumentException("value can not exceed 100 elements in list: " + value);
        }
        if (n.size() > ColumnTypes.maxListLength(m)) {
            throw new IllegalArgumentException("Exceeds the maximum number of list elements defined in the ColumnModel ("
                    + ColumnTypes.maxListLength(m) + "): \"" + value + "\"");
        }
        if (n.isEmpty()) {
            return CellValue.NULL;
        }
        ColumnType element = ColumnTypes.elementType(m.getColumnType());
        List<Object> elements = new ArrayList<>();
        StringBuilder text = new StringBuilder("[");
        for (JsonNode e : n) {
            if (e.isNull()) {
                throw new IllegalArgumentException("null value is not allowed");
            }
            Object v = scalar(m, element, e.asText());
            elements.add(v);
            text.append(text.length() == 1 ? "" : ", ");
            if (element == ColumnType.ENTITYID) {
                text.append("\"syn").append(v).append('"');
            } else if (v instanceof String s) {
                text.append(JSON.getNodeFactory().textNode(s));
            } else {
                text.append(v);
            }
        }
        return new CellValue(text.append(']').toString(), null, elements);
    }
}

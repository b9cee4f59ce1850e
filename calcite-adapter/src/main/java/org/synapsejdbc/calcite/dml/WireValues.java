package org.synapsejdbc.calcite.dml;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.synapsejdbc.calcite.SynapseTypeMapping;
import org.synapsejdbc.calcite.error.SynapseSqlStates;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.SynapseJson;

/**
 * Encodes Calcite's runtime values (as they sit in enumerable rows) into the strings of a {@code PartialRow}: DATE as
 * epoch milliseconds, BOOLEAN as {@code true}/{@code false}, DOUBLE with {@code NaN}/{@code Infinity}, lists as JSON
 * array text.
 */
final class WireValues {
    private WireValues() {
    }

    /** The wire string of {@code value} for a column of {@code type}; null stays null. */
    static String encode(ColumnType type, Object value) {
        if (value == null) {
            return null;
        }
        if (SynapseTypeMapping.isList(type)) {
            return list(type, value);
        }
        switch (type) {
            case INTEGER:
            case FILEHANDLEID:
            case USERID:
            case SUBMISSIONID:
            case EVALUATIONID:
                return value instanceof Number n ? Long.toString(n.longValue()) : value.toString();
            case DOUBLE:
                return value instanceof Number n ? Double.toString(n.doubleValue()) : value.toString();
            case BOOLEAN:
                return value instanceof Boolean b ? b.toString() : value.toString();
            case DATE:
                return Long.toString(millis(value));
            default:
                return value.toString();
        }
    }

    private static String list(ColumnType type, Object value) {
        Collection<?> items = value instanceof Collection<?> c ? c
                : value instanceof Object[] array ? List.of(array) : List.of(value);
        List<Object> json = new ArrayList<>();
        for (Object item : items) {
            json.add(item == null ? null : element(type, item));
        }
        try {
            return SynapseJson.mapper().writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode a list value", e);
        }
    }

    private static Object element(ColumnType type, Object item) {
        switch (type) {
            case INTEGER_LIST:
                return item instanceof Number n ? n.longValue() : item.toString();
            case DATE_LIST:
                return millis(item);
            case BOOLEAN_LIST:
                return item instanceof Boolean b ? b : Boolean.valueOf(item.toString());
            case USERID_LIST:
                return item instanceof Number n ? Long.toString(n.longValue()) : item.toString();
            default:
                return item.toString();
        }
    }

    /** Epoch milliseconds: Calcite keeps TIMESTAMP as UTC millis (the driver runs with timeZone=UTC). */
    private static long millis(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof Date d) {
            return d.getTime();
        }
        if (value instanceof Calendar c) {
            return c.getTimeInMillis();
        }
        throw DmlErrors.of(SynapseSqlStates.INVALID_CAST, "Not a date/time value: " + value);
    }
}

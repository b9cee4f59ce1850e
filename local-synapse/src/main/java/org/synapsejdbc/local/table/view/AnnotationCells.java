package org.synapsejdbc.local.table.view;

import java.util.ArrayList;
import java.util.List;
import org.synapsejdbc.client.model.AnnotationsValue;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.local.http.Json;
import org.synapsejdbc.local.sql.check.ColumnTypes;
import org.synapsejdbc.local.sql.check.LiteralConverter;

/**
 * What a view column of a given type shows for an annotation (synapse-view-columns.md §5): the first value's
 * text, or all values re-parsed as the column's type; null when any value does not parse.
 */
final class AnnotationCells {

    private AnnotationCells() {
    }

    /** The cell's wire text, or null. */
    static String text(ColumnType type, AnnotationsValue a) {
        if (a == null || a.getValue() == null || a.getValue().isEmpty()) {
            return null;
        }
        List<String> values = a.getValue();
        ColumnType element = ColumnTypes.elementType(type);
        List<Object> parsed = new ArrayList<>();
        for (String v : values) {
            Object p = parse(element, v);
            if (p == null) {
                return null;
            }
            parsed.add(p);
        }
        if (ColumnTypes.isList(type)) {
            try {
                return Json.mapper().writeValueAsString(parsed);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return null;
            }
        }
        return parsed.get(0).toString();
    }

    private static Object parse(ColumnType element, String v) {
        if (v == null) {
            return null;
        }
        switch (element) {
            case STRING, LINK, MEDIUMTEXT, LARGETEXT, JSON -> {
                return v;
            }
            case DOUBLE -> {
                try {
                    return LiteralConverter.parseDouble(v.trim());
                } catch (RuntimeException e) {
                    return null;
                }
            }
            case BOOLEAN -> {
                return v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false") ? Boolean.valueOf(v.toLowerCase()) : null;
            }
            default -> {
                try {
                    return Long.parseLong(v.trim());
                } catch (NumberFormatException e) {
                    try {
                        return LiteralConverter.parseEntityId(v.trim());
                    } catch (RuntimeException e2) {
                        try {
                            return LiteralConverter.parseDate(v.trim());
                        } catch (RuntimeException e3) {
                            return null;
                        }
                    }
                }
            }
        }
    }
}

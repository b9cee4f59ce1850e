package org.synapsejdbc.local.sql.check;

import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;

/** Facts about Synapse column types: list element types and declared row widths. */
public final class ColumnTypes {

    /** Width assumed for expressions of unknown type: a STRING(1000). */
    public static final long UNKNOWN_WIDTH = 4000;

    private ColumnTypes() {
    }

    /** True for the {@code _LIST} types. */
    public static boolean isList(ColumnType type) {
        return type != null && type.name().endsWith("_LIST");
    }

    /** The element type of a list type, or the type itself. */
    public static ColumnType elementType(ColumnType type) {
        if (!isList(type)) {
            return type;
        }
        return ColumnType.valueOf(type.name().substring(0, type.name().length() - "_LIST".length()));
    }

    /** True for types stored as 64-bit integers. */
    public static boolean isInteger(ColumnType type) {
        return switch (type) {
            case INTEGER, DATE, FILEHANDLEID, ENTITYID, SUBMISSIONID, EVALUATIONID, USERID -> true;
            default -> false;
        };
    }

    /** True for text types. */
    public static boolean isText(ColumnType type) {
        return switch (type) {
            case STRING, LINK, MEDIUMTEXT, LARGETEXT -> true;
            default -> false;
        };
    }

    /** The declared maximum size of a STRING/LINK column (default 50). */
    public static long maxSize(ColumnModel model) {
        return model.getMaximumSize() == null ? 50 : model.getMaximumSize();
    }

    /** The declared maximum list length (default 100). */
    public static long maxListLength(ColumnModel model) {
        return model.getMaximumListLength() == null ? 100 : model.getMaximumListLength();
    }

    /** The declared maximum width in bytes of a column's value, as Synapse sizes rows (synapse-api §6.1). */
    public static long width(ColumnModel model) {
        ColumnType type = model.getColumnType();
        long element = scalarWidth(elementType(type), model);
        return isList(type) ? element * maxListLength(model) : element;
    }

    /** The width of a scalar type (STRING/LINK use the model's size, or 1000 without a model). */
    public static long scalarWidth(ColumnType type, ColumnModel model) {
        if (type == null) {
            return UNKNOWN_WIDTH;
        }
        return switch (type) {
            case STRING, LINK -> 4 * (model == null ? 1000 : maxSize(model));
            case MEDIUMTEXT -> 421;
            case LARGETEXT, JSON -> 2133;
            case DOUBLE -> 23;
            case BOOLEAN -> 5;
            case ENTITYID -> 44;
            case INTEGER, DATE, FILEHANDLEID, USERID, SUBMISSIONID, EVALUATIONID -> 20;
            default -> UNKNOWN_WIDTH;
        };
    }
}

package org.synapsejdbc.calcite;

import java.util.ArrayList;
import java.util.List;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;

/**
 * Maps Synapse column types to Calcite SQL types and builds a table's row type.
 *
 * <p>INTEGER and the numeric id types become BIGINT, DATE becomes TIMESTAMP(3) holding epoch milliseconds UTC,
 * ENTITYID becomes VARCHAR ({@code syn123}), JSON and the text types become VARCHAR, and every {@code _LIST} type
 * becomes an ARRAY whose elements are nullable. All schema columns are nullable; the row-metadata columns are not.
 */
public final class SynapseTypeMapping {
    /** Row-metadata column names, spelled as Synapse documents them. */
    public static final String ROW_ID = "ROW_ID";
    public static final String ROW_VERSION = "ROW_VERSION";
    public static final String ROW_ETAG = "ROW_ETAG";

    /** Longest entity id text: {@code syn} and a signed 64-bit number. */
    static final int ENTITY_ID_LENGTH = 22;
    private static final int DEFAULT_STRING_SIZE = 50;
    private static final int LINK_SIZE = 1000;
    private static final int MEDIUMTEXT_SIZE = 2000;
    private static final int ETAG_SIZE = 36;

    private SynapseTypeMapping() {
    }

    /** The (nullable) Calcite type of one Synapse column. */
    public static RelDataType toRelType(RelDataTypeFactory factory, ColumnModel column) {
        ColumnType type = column.getColumnType();
        if (isList(type)) {
            RelDataType element = factory.createTypeWithNullability(scalarType(factory, elementType(type), column), true);
            return factory.createTypeWithNullability(factory.createArrayType(element, -1), true);
        }
        return factory.createTypeWithNullability(scalarType(factory, type, column), true);
    }

    /** The row type of a table: schema columns in order, then ROW_ID, ROW_VERSION (and ROW_ETAG for views). */
    public static RelDataType rowType(RelDataTypeFactory factory, SynapseTableDescriptor table) {
        RelDataTypeFactory.Builder builder = factory.builder();
        for (ColumnModel column : table.columns()) {
            builder.add(column.getName(), toRelType(factory, column));
        }
        for (String name : metadataColumns(table.kind())) {
            RelDataType type = ROW_ETAG.equals(name)
                    ? factory.createSqlType(SqlTypeName.VARCHAR, ETAG_SIZE)
                    : factory.createSqlType(SqlTypeName.BIGINT);
            builder.add(name, type);
        }
        return builder.build();
    }

    /** The row-metadata columns a table of this kind exposes after its schema columns. */
    public static List<String> metadataColumns(SynapseTableKind kind) {
        List<String> names = new ArrayList<>();
        if (kind.hasRowIdAndVersion()) {
            names.add(ROW_ID);
            names.add(ROW_VERSION);
        }
        if (kind.hasRowEtag()) {
            names.add(ROW_ETAG);
        }
        return names;
    }

    /** The Synapse type of a row-metadata column, as Synapse's SQL translator types it. */
    public static ColumnType metadataColumnType(String name) {
        return ROW_ETAG.equals(name) ? ColumnType.STRING : ColumnType.INTEGER;
    }

    public static boolean isList(ColumnType type) {
        return type.name().endsWith("_LIST");
    }

    /** The element type of a {@code _LIST} type, e.g. DATE for DATE_LIST. */
    public static ColumnType elementType(ColumnType listType) {
        String name = listType.name();
        return ColumnType.valueOf(name.substring(0, name.length() - "_LIST".length()));
    }

    private static RelDataType scalarType(RelDataTypeFactory factory, ColumnType type, ColumnModel column) {
        switch (type) {
            case INTEGER:
            case FILEHANDLEID:
            case USERID:
            case SUBMISSIONID:
            case EVALUATIONID:
                return factory.createSqlType(SqlTypeName.BIGINT);
            case DOUBLE:
                return factory.createSqlType(SqlTypeName.DOUBLE);
            case BOOLEAN:
                return factory.createSqlType(SqlTypeName.BOOLEAN);
            case DATE:
                return factory.createSqlType(SqlTypeName.TIMESTAMP, 3);
            case ENTITYID:
                return factory.createSqlType(SqlTypeName.VARCHAR, ENTITY_ID_LENGTH);
            case STRING:
                return factory.createSqlType(SqlTypeName.VARCHAR, size(column, DEFAULT_STRING_SIZE));
            case LINK:
                return factory.createSqlType(SqlTypeName.VARCHAR, size(column, LINK_SIZE));
            case MEDIUMTEXT:
                return factory.createSqlType(SqlTypeName.VARCHAR, MEDIUMTEXT_SIZE);
            case LARGETEXT:
            case JSON:
                return factory.createSqlType(SqlTypeName.VARCHAR);
            default:
                throw new IllegalArgumentException("Unmapped Synapse column type " + type);
        }
    }

    private static int size(ColumnModel column, int dflt) {
        Long max = column.getMaximumSize();
        return max == null ? dflt : Math.toIntExact(max);
    }
}

package org.synapsejdbc.local.table.column;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.FacetType;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.sql.check.ColumnTypes;
import org.synapsejdbc.local.sql.SynapseSqlException;
import org.synapsejdbc.local.sql.h2.CellCodec;

/**
 * Synapse's rules for a single column definition ({@code ColumnModelManagerImpl}, {@code ColumnModelUtils}):
 * validation with Synapse's messages and the normalisation applied on creation (default sizes, trimmed and
 * sorted enum values, trimmed names).
 */
public final class ColumnRules {

    public static final int MAX_NAME_LENGTH = 256;
    public static final long MAX_STRING_SIZE = 1000;
    public static final long DEFAULT_STRING_SIZE = 50;
    public static final long MAX_LIST_LENGTH = 100;
    public static final int MAX_ENUM_VALUES = 100;

    /** Row metadata columns a schema column may not be named after (any case). */
    public static final Set<String> RESERVED = Set.of("ROW_ID", "ROW_VERSION", "ROW_ETAG", "ROW_BENEFACTOR",
            "ROW_SEARCH_CONTENT", "ROW_HASH_CODE");

    private static final Set<ColumnType> NO_DEFAULT = EnumSet.of(ColumnType.ENTITYID, ColumnType.FILEHANDLEID,
            ColumnType.USERID, ColumnType.SUBMISSIONID, ColumnType.EVALUATIONID, ColumnType.LARGETEXT,
            ColumnType.MEDIUMTEXT, ColumnType.ENTITYID_LIST, ColumnType.USERID_LIST);
    private static final Set<ColumnType> NOT_FACETABLE = EnumSet.of(ColumnType.FILEHANDLEID, ColumnType.LINK,
            ColumnType.MEDIUMTEXT, ColumnType.LARGETEXT, ColumnType.JSON);
    private static final Set<ColumnType> ENUM_FACET_ONLY = EnumSet.of(ColumnType.BOOLEAN, ColumnType.USERID,
            ColumnType.ENTITYID, ColumnType.SUBMISSIONID, ColumnType.EVALUATIONID);

    private ColumnRules() {
    }

    /** Validates a definition sent by a client and returns its normalised copy (without id). */
    public static ColumnModel normalize(ColumnModel in) {
        if (in.getName() == null) {
            throw ApiException.badRequest("ColumnModel.name is required.");
        }
        if (in.getColumnType() == null) {
            throw ApiException.badRequest("ColumnModel.columnType is required.");
        }
        ColumnType type = in.getColumnType();
        ColumnModel m = new ColumnModel().setName(in.getName().trim()).setColumnType(type)
                .setFacetType(in.getFacetType()).setDefaultValue(in.getDefaultValue())
                .setMaximumSize(in.getMaximumSize()).setMaximumListLength(in.getMaximumListLength())
                .setJsonSubColumns(in.getJsonSubColumns());
        if (m.getName().isEmpty()) {
            throw ApiException.badRequest("ColumnModel.name is required.");
        }
        if (m.getName().length() > MAX_NAME_LENGTH) {
            throw ApiException.badRequest("Column name must be: " + MAX_NAME_LENGTH + " characters or less.");
        }
        if (RESERVED.contains(m.getName().toUpperCase(Locale.ROOT))) {
            throw ApiException.badRequest("The column name: " + in.getName() + " is a system reserved column name.");
        }
        if (type == ColumnType.STRING || type == ColumnType.LINK || type == ColumnType.STRING_LIST) {
            if (m.getMaximumSize() == null) {
                m.setMaximumSize(DEFAULT_STRING_SIZE);
            }
            if (m.getMaximumSize() > MAX_STRING_SIZE) {
                throw ApiException.badRequest("ColumnModel.maxSize for a STRING cannot exceed: " + MAX_STRING_SIZE);
            }
            if (m.getMaximumSize() < 1) {
                throw ApiException.badRequest("ColumnModel.maxSize for a STRING must be greater than 0");
            }
        }
        if (ColumnTypes.isList(type)) {
            if (m.getMaximumListLength() == null) {
                m.setMaximumListLength(MAX_LIST_LENGTH);
            }
            if (m.getMaximumListLength() > MAX_LIST_LENGTH) {
                throw ApiException.badRequest("ColumnModel.maximumListLength for a LIST column cannot exceed: "
                        + MAX_LIST_LENGTH);
            }
            if (m.getMaximumListLength() < 2) {
                throw ApiException.badRequest("ColumnModel.maximumListLength for a LIST column must be at least 2");
            }
        }
        if (in.getEnumValues() != null && !in.getEnumValues().isEmpty()) {
            if (in.getEnumValues().size() > MAX_ENUM_VALUES) {
                throw ApiException.badRequest("Maximum allowed enum values is " + MAX_ENUM_VALUES + ". This enum has "
                        + in.getEnumValues().size() + " values");
            }
            List<String> values = new ArrayList<>();
            for (String v : in.getEnumValues()) {
                values.add(v == null ? null : v.trim());
            }
            values.sort(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
            m.setEnumValues(values);
        }
        checkFacet(m);
        if (m.getDefaultValue() != null) {
            if (NO_DEFAULT.contains(type)) {
                throw ApiException.badRequest("Columns of type " + type + " cannot have default values.");
            }
            try {
                CellCodec.toStorage(m, m.getDefaultValue(), 0, 0);
            } catch (SynapseSqlException e) {
                throw ApiException.badRequest(e.reason());
            }
        }
        return m;
    }

    private static void checkFacet(ColumnModel m) {
        FacetType f = m.getFacetType();
        if (f == null) {
            return;
        }
        ColumnType t = m.getColumnType();
        if (NOT_FACETABLE.contains(t)) {
            throw ApiException.badRequest("The ColumnType:" + t + " can not be faceted");
        }
        if ((ENUM_FACET_ONLY.contains(t) || ColumnTypes.isList(t)) && f != FacetType.enumeration) {
            throw ApiException.badRequest(t + " columns can only be enumeration faceted");
        }
        if ((t == ColumnType.DOUBLE || t == ColumnType.DATE) && f != FacetType.range) {
            throw ApiException.badRequest("Date columns can only be ranges");
        }
    }
}

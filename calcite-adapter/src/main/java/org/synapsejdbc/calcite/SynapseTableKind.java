package org.synapsejdbc.calcite;

import java.util.Locale;

/**
 * The kind of a table-like Synapse entity, deciding which row-metadata columns a query may select.
 *
 * <p>{@code ROW_ID}/{@code ROW_VERSION} are queryable on tables, views and materialized views, never on virtual tables
 * (their query is wrapped in a {@code WITH} block). {@code ROW_ETAG} is exposed only for views, where it is the entity
 * etag that updates need; tables keep no per-row etag.
 */
public enum SynapseTableKind {
    TABLE("table", true, false),
    ENTITY_VIEW("entityview", true, true),
    SUBMISSION_VIEW("submissionview", true, true),
    DATASET("dataset", true, true),
    DATASET_COLLECTION("datasetcollection", true, true),
    MATERIALIZED_VIEW("materializedview", true, false),
    VIRTUAL_TABLE("virtualtable", false, false);

    private final String entityType;
    private final boolean rowIdAndVersion;
    private final boolean rowEtag;

    SynapseTableKind(String entityType, boolean rowIdAndVersion, boolean rowEtag) {
        this.entityType = entityType;
        this.rowIdAndVersion = rowIdAndVersion;
        this.rowEtag = rowEtag;
    }

    /** The Synapse {@code EntityType} name, e.g. {@code entityview}. */
    public String entityType() {
        return entityType;
    }

    public boolean hasRowIdAndVersion() {
        return rowIdAndVersion;
    }

    public boolean hasRowEtag() {
        return rowEtag;
    }

    /** Resolves a Synapse {@code EntityType} name (any case). */
    public static SynapseTableKind fromEntityType(String entityType) {
        String wanted = entityType.toLowerCase(Locale.ROOT);
        for (SynapseTableKind kind : values()) {
            if (kind.entityType.equals(wanted)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Not a table-like entity type: " + entityType);
    }
}

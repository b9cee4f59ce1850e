package org.synapsejdbc.calcite;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.synapsejdbc.client.model.ColumnModel;

/** What the planner needs to know about one table-like Synapse entity: id, optional version, kind and schema. */
public final class SynapseTableDescriptor {
    private static final Pattern ENTITY_ID = Pattern.compile("syn[0-9]+");

    private final String entityId;
    private final Long version;
    private final SynapseTableKind kind;
    private final List<ColumnModel> columns;

    /**
     * @param entityId {@code syn123} (lower-case {@code syn} prefix, digits)
     * @param version  snapshot version, or null for the current version
     * @param kind     table, view, ...
     * @param columns  the schema, in Synapse order
     */
    public SynapseTableDescriptor(String entityId, Long version, SynapseTableKind kind, List<ColumnModel> columns) {
        Objects.requireNonNull(entityId, "entityId");
        if (!ENTITY_ID.matcher(entityId).matches()) {
            throw new IllegalArgumentException("Entity id must look like syn123: " + entityId);
        }
        if (version != null && version < 0) {
            throw new IllegalArgumentException("Negative version: " + version);
        }
        this.entityId = entityId;
        this.version = version;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.columns = List.copyOf(Objects.requireNonNull(columns, "columns"));
        for (ColumnModel column : this.columns) {
            Objects.requireNonNull(column.getName(), "column name");
            Objects.requireNonNull(column.getColumnType(), "column type of " + column.getName());
        }
    }

    public String entityId() {
        return entityId;
    }

    public Long version() {
        return version;
    }

    public SynapseTableKind kind() {
        return kind;
    }

    public List<ColumnModel> columns() {
        return columns;
    }

    /** The table as written after {@code FROM}: {@code syn123} or {@code syn123.4}. */
    public String fromName() {
        return version == null ? entityId : entityId + "." + version;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SynapseTableDescriptor)) {
            return false;
        }
        SynapseTableDescriptor that = (SynapseTableDescriptor) o;
        return entityId.equals(that.entityId) && Objects.equals(version, that.version) && kind == that.kind
                && columns.equals(that.columns);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entityId, version, kind, columns);
    }

    @Override
    public String toString() {
        return "SynapseTableDescriptor{" + fromName() + ", " + kind + ", " + columns.size() + " columns}";
    }
}

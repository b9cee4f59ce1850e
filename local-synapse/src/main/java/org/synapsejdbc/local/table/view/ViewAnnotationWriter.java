package org.synapsejdbc.local.table.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.synapsejdbc.client.model.ACCESS_TYPE;
import org.synapsejdbc.client.model.AnnotationsValue;
import org.synapsejdbc.client.model.AnnotationsValueType;
import org.synapsejdbc.client.model.AppendableRowSet;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.EntityUpdateFailureCode;
import org.synapsejdbc.client.model.EntityUpdateResult;
import org.synapsejdbc.client.model.EntityUpdateResults;
import org.synapsejdbc.client.model.RowSet;
import org.synapsejdbc.local.annotation.AnnotationRules;
import org.synapsejdbc.local.entity.EntityKind;
import org.synapsejdbc.local.entity.EntityRecord;
import org.synapsejdbc.local.entity.EntityService;
import org.synapsejdbc.local.entity.SynIds;
import org.synapsejdbc.local.entity.VersionRecord;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Caller;
import org.synapsejdbc.local.http.Json;
import org.synapsejdbc.local.sql.SynapseSqlException;
import org.synapsejdbc.local.sql.check.ColumnTypes;
import org.synapsejdbc.local.sql.h2.CellCodec;
import org.synapsejdbc.local.table.TableErrors;
import org.synapsejdbc.local.table.TableInfo;
import org.synapsejdbc.local.table.rows.RowChange;

/**
 * Writes through a view (synapse-view-columns.md §5.2, synapse-api.md §9.3): each row updates the annotations
 * of one entity in its own transaction, needs the entity's etag, and reports its own {@code failureCode}
 * without failing the job. Object-field columns are ignored; a null value removes the annotation.
 */
public final class ViewAnnotationWriter {

    private final EntityService entities;
    private final ViewIndexer indexer;

    public ViewAnnotationWriter(EntityService entities, ViewIndexer indexer) {
        this.entities = entities;
        this.indexer = indexer;
    }

    /** Builds the view index if needed (snapshots need an available view). */
    public void ensureAvailable(Caller caller, TableInfo view) {
        if (view.kind() == EntityKind.ENTITYVIEW && ViewScope.scopeIds(view.props()).isEmpty()) {
            throw ApiException.badRequest("You cannot create a version of a view that has no scope.");
        }
        indexer.ensureFresh(view);
    }

    /** Applies a PartialRowSet/RowSet to the entities of a view. */
    public EntityUpdateResults update(Caller caller, TableInfo view, AppendableRowSet set, List<RowChange> changes) {
        List<ColumnModel> schema = view.columns();
        Map<String, ColumnModel> byId = new LinkedHashMap<>();
        schema.forEach(m -> byId.put(m.getId(), m));
        for (int r = 0; r < changes.size(); r++) {
            RowChange ch = changes.get(r);
            if (ch.values() == null) {
                continue;
            }
            for (String key : ch.values().keySet()) {
                if (!byId.containsKey(key)) {
                    throw ApiException.badRequest("PartialRow.value.key: '" + key
                            + "' is not a valid column ID for row ID: " + ch.rowId());
                }
            }
            if (set instanceof RowSet) {
                validateTypes(schema, ch, r);
            }
        }
        return upload(caller, view, changes);
    }

    /** Applies row changes (rows without values are skipped). */
    public EntityUpdateResults upload(Caller caller, TableInfo view, List<RowChange> changes) {
        List<EntityUpdateResult> results = new ArrayList<>();
        for (RowChange ch : changes) {
            if (ch.rowId() == null || ch.values() == null || ch.values().isEmpty()) {
                continue;
            }
            results.add(updateOne(caller, view, ch));
        }
        return new EntityUpdateResults().setUpdateResults(results);
    }

    private static void validateTypes(List<ColumnModel> schema, RowChange ch, int r) {
        for (int col = 0; col < schema.size(); col++) {
            ColumnModel m = schema.get(col);
            if (ch.values().containsKey(m.getId())) {
                try {
                    CellCodec.toStorage(m, ch.values().get(m.getId()), r, col);
                } catch (SynapseSqlException e) {
                    throw TableErrors.api(e);
                }
            }
        }
    }

    private EntityUpdateResult updateOne(Caller caller, TableInfo view, RowChange ch) {
        String synId = SynIds.format(ch.rowId());
        EntityUpdateResult result = new EntityUpdateResult().setEntityId(synId);
        String etag = ch.etag() != null ? ch.etag() : legacyEtag(view, ch);
        if (etag == null) {
            return result.setFailureCode(EntityUpdateFailureCode.ILLEGAL_ARGUMENT)
                    .setFailureMessage("The 'etag' must be included to update an Entity's annotations.");
        }
        try {
            entities.db().write(c -> {
                Optional<EntityRecord> found = entities.store().node(c, ch.rowId()).filter(n -> !n.trashed());
                if (found.isEmpty()) {
                    throw new RowFailure(EntityUpdateFailureCode.NOT_FOUND, null);
                }
                EntityRecord node = found.get();
                if (!entities.access().has(c, caller, node.id(), ACCESS_TYPE.UPDATE)) {
                    throw new RowFailure(EntityUpdateFailureCode.UNAUTHORIZED, null);
                }
                if (!etag.equals(node.etag())) {
                    throw new RowFailure(EntityUpdateFailureCode.CONCURRENT_UPDATE, null);
                }
                VersionRecord v = entities.version(c, node, null);
                Map<String, AnnotationsValue> annotations = ViewRowSource.annotations(v.annotationsJson());
                for (ColumnModel m : view.columns()) {
                    if (!ch.values().containsKey(m.getId()) || ObjectField.match(m).isPresent()) {
                        continue;
                    }
                    String value = ch.values().get(m.getId());
                    if (value == null) {
                        annotations.remove(m.getName());
                    } else {
                        annotations.put(m.getName(), annotation(m, value));
                    }
                }
                AnnotationRules.validate(annotations);
                String json = Json.mapper().valueToTree(annotations).toString();
                entities.store().updateVersion(c, new VersionRecord(v.nodeId(), v.versionNumber(), v.label(),
                        v.comment(), v.modifiedOn(), v.modifiedBy(), v.fileHandleId(), v.activityId(), v.props(), json));
                entities.touch(c, node, caller);
                return null;
            });
            return result;
        } catch (RowFailure f) {
            return result.setFailureCode(f.code).setFailureMessage(f.getMessage());
        } catch (ApiException | IllegalArgumentException e) {
            String msg = e instanceof ApiException a ? a.reason() : e.getMessage();
            EntityUpdateFailureCode code = msg != null && msg.startsWith("Invalid annotation name")
                    ? EntityUpdateFailureCode.UNKNOWN : EntityUpdateFailureCode.ILLEGAL_ARGUMENT;
            return result.setFailureCode(code).setFailureMessage(msg);
        }
    }

    /** The legacy way to pass the etag: a view column named {@code etag}. */
    private static String legacyEtag(TableInfo view, RowChange ch) {
        for (ColumnModel m : view.columns()) {
            if (m.getName().equals("etag") && ch.values().get(m.getId()) != null) {
                return ch.values().get(m.getId());
            }
        }
        return null;
    }

    /** The annotation a column value becomes: the column's annotation type, list values from JSON text. */
    private static AnnotationsValue annotation(ColumnModel m, String value) {
        AnnotationsValueType type = switch (ColumnTypes.elementType(m.getColumnType())) {
            case STRING -> AnnotationsValueType.STRING;
            case INTEGER -> m.getColumnType() == ColumnType.INTEGER || m.getColumnType() == ColumnType.INTEGER_LIST
                    ? AnnotationsValueType.LONG : AnnotationsValueType.STRING;
            case DATE -> AnnotationsValueType.TIMESTAMP_MS;
            case DOUBLE -> AnnotationsValueType.DOUBLE;
            case BOOLEAN -> m.getColumnType() == ColumnType.BOOLEAN ? AnnotationsValueType.BOOLEAN
                    : AnnotationsValueType.STRING;
            default -> AnnotationsValueType.STRING;
        };
        List<String> values = new ArrayList<>();
        if (ColumnTypes.isList(m.getColumnType())) {
            JsonNode arr;
            try {
                arr = Json.mapper().readTree(value);
            } catch (JsonProcessingException e) {
                throw ApiException.badRequest("Value is not correctly formatted as a JSON Array: " + value);
            }
            if (arr == null || !arr.isArray()) {
                throw ApiException.badRequest("Value is not correctly formatted as a JSON Array: " + value);
            }
            for (JsonNode e : arr) {
                if (e.isNull()) {
                    throw ApiException.badRequest("null value is not allowed");
                }
                values.add(e.asText());
            }
        } else {
            values.add(value);
        }
        return new AnnotationsValue().setType(type).setValue(values);
    }

    /** A per-row outcome that ends that row's transaction without failing the job. */
    private static final class RowFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient EntityUpdateFailureCode code;

        RowFailure(EntityUpdateFailureCode code, String message) {
            super(message, null, false, false);
            this.code = code;
        }
    }
}

package org.synapsejdbc.local.table.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.EntityView;
import org.synapsejdbc.client.model.SnapshotRequest;
import org.synapsejdbc.client.model.TableEntity;
import org.synapsejdbc.local.auth.BuiltInUsers;
import org.synapsejdbc.local.entity.EntityKind;
import org.synapsejdbc.local.entity.EntityRecord;
import org.synapsejdbc.local.entity.EntityService;
import org.synapsejdbc.local.entity.VersionRecord;
import org.synapsejdbc.local.http.Caller;
import org.synapsejdbc.local.http.Json;
import org.synapsejdbc.local.table.TableInfo;
import org.synapsejdbc.local.table.TableServices;
import org.synapsejdbc.local.table.view.ObjectField;
import org.synapsejdbc.local.table.view.ViewScopeColumnsJob;

/**
 * The tables' demo content in the demo project: "Demo samples" (1,000 rows over every column type, snapshot
 * version 1 queryable as {@code syn<id>.1}, then 10 more rows and 5 updates in the current version) and
 * "Demo file view" (every file in the project: the default file-view columns plus its annotation columns).
 * Seeded once: skipped when the table already exists.
 */
final class TableDemo {

    static final String PROJECT_NAME = "local-synapse demo"; // the base demo's project (DemoProject)
    static final String TABLE_NAME = "Demo samples";
    static final String VIEW_NAME = "Demo file view";
    static final int ROWS = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(TableDemo.class);

    private final EntityService entities;
    private final TableServices tables;
    private final Caller owner = new Caller(BuiltInUsers.USER1_ID, BuiltInUsers.USER1_NAME, BuiltInUsers.FULL);

    TableDemo(EntityService entities, TableServices tables) {
        this.entities = entities;
        this.tables = tables;
    }

    void seed() {
        Optional<EntityRecord> project = entities.db().read(c -> entities.store().projects(c)).stream()
                .filter(p -> p.name().equals(PROJECT_NAME)).findFirst();
        if (project.isEmpty()) {
            LOG.warn("demo: project '{}' not found; no demo table", PROJECT_NAME);
            return;
        }
        long projectId = project.get().id();
        if (entities.db().read(c -> entities.store().childByName(c, projectId, TABLE_NAME)).isPresent()) {
            return;
        }
        long t0 = System.nanoTime();
        List<EntityRecord> files = entities.db().read(c -> org.synapsejdbc.local.table.view.ViewScope.members(c,
                entities.store(), List.of(projectId), 0x01));
        long source = files.isEmpty() ? projectId : files.get(0).id();
        String fileHandle = files.isEmpty() ? null : entities.db().read(c ->
                entities.version(c, files.get(0), null)).fileHandleId();

        List<ColumnModel> cols = tables.columns().createAll(DemoRows.columns());
        String tableId = create(project.get(), TableEntity.CONCRETE_TYPE, TABLE_NAME, cols, null);
        TableInfo t = tables.tables().table(org.synapsejdbc.local.entity.SynIds.parse(tableId), null);
        tables.rows().apply(t, DemoRows.rows(cols, ROWS, source, fileHandle, BuiltInUsers.USER1_ID), null);
        long snapshot = tables.snapshots().create(owner, t, new SnapshotRequest()
                .setSnapshotComment("The first 1,000 samples").setSnapshotLabel("v1"));
        t = tables.tables().table(t.id(), null);
        tables.rows().apply(t, DemoRows.rows(cols, ROWS + 10, source, fileHandle, BuiltInUsers.USER1_ID)
                .subList(ROWS, ROWS + 10), null);

        List<ColumnModel> viewCols = new ArrayList<>();
        ObjectField.entityViewDefaults(0x01).forEach(f -> viewCols.add(f.model()));
        viewCols.addAll(ViewScopeColumnsJob.suggest(entities, List.of(projectId), 0x01));
        List<ColumnModel> created = tables.columns().createAll(dedupe(viewCols));
        String viewId = create(project.get(), EntityView.CONCRETE_TYPE, VIEW_NAME, created, projectId);
        LOG.info("demo: table {} ({} rows, snapshot {}.{}) and file view {} seeded in {} ms", tableId, ROWS + 10,
                tableId, snapshot, viewId, (System.nanoTime() - t0) / 1_000_000);
    }

    /** Drops a suggested annotation column whose name is already taken (a schema needs unique names). */
    private static List<ColumnModel> dedupe(List<ColumnModel> cols) {
        List<ColumnModel> out = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (ColumnModel m : cols) {
            if (!names.contains(m.getName())) {
                names.add(m.getName());
                out.add(m);
            }
        }
        return out;
    }

    private String create(EntityRecord project, String concreteType, String name, List<ColumnModel> cols, Long scope) {
        ObjectNode body = Json.object().put("concreteType", concreteType).put("name", name)
                .put("parentId", project.synId());
        ArrayNode ids = body.putArray("columnIds");
        cols.forEach(m -> ids.add(m.getId()));
        if (scope != null) {
            body.put("viewTypeMask", 1L);
            body.putArray("scopeIds").add(Long.toString(scope));
        }
        return entities.create(owner, body, null).getId();
    }
}

package org.synapsejdbc.local.table.column;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ListWrapper;
import org.synapsejdbc.client.model.PaginatedColumnModels;
import org.synapsejdbc.client.model.ViewEntityType;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.JsonBodies;
import org.synapsejdbc.local.http.Reply;
import org.synapsejdbc.local.http.RequestContext;
import org.synapsejdbc.local.http.Router;
import org.synapsejdbc.local.http.Scope;
import org.synapsejdbc.local.table.TableMetadata;
import org.synapsejdbc.local.table.view.ObjectField;

/**
 * The column routes: create (single and batch, idempotent), get by id, list by name prefix, a table's schema,
 * and the view default columns.
 */
public final class ColumnRoutes {

    private final ColumnStore columns;
    private final TableMetadata tables;

    public ColumnRoutes(ColumnStore columns, TableMetadata tables) {
        this.columns = columns;
        this.tables = tables;
    }

    public void register(Router r) {
        r.post(Router.REPO + "/column", this::create, Scope.VIEW, Scope.MODIFY);
        r.post(Router.REPO + "/column/batch", this::createBatch, Scope.VIEW, Scope.MODIFY);
        r.get(Router.REPO + "/column/{id}", ctx -> Reply.ok(columns.get(ctx.pathVar("id"))), Scope.VIEW);
        r.get(Router.REPO + "/column", this::list, Scope.VIEW);
        r.get(Router.REPO + "/entity/{id}/column", this::entityColumns, Scope.VIEW);
        r.get(Router.REPO + "/column/tableview/defaults", this::defaults, Scope.VIEW);
        r.get(Router.REPO + "/column/tableview/defaults/{viewtype}", this::legacyDefaults, Scope.VIEW);
        r.post(Router.REPO + "/column/view/scope", ctx -> {
            throw new ApiException(410, "This service has been removed. Use POST /column/view/scope/async/start.");
        }, Scope.VIEW);
    }

    private Reply create(RequestContext ctx) {
        requireLogin(ctx);
        ColumnModel body = ctx.body(ColumnModel.class);
        return Reply.created(columns.createAll(List.of(body)).get(0));
    }

    private Reply createBatch(RequestContext ctx) {
        requireLogin(ctx);
        JsonNode tree = ctx.bodyTree();
        JsonNode list = tree.get("list");
        List<ColumnModel> defs = new ArrayList<>();
        if (list != null && list.isArray()) {
            for (JsonNode n : list) {
                defs.add(JsonBodies.convert(n, ColumnModel.class));
            }
        }
        return Reply.created(ListWrapper.of(ColumnModel.class, columns.createAll(defs)));
    }

    private static void requireLogin(RequestContext ctx) {
        if (ctx.caller().isAnonymous()) {
            throw ApiException.forbidden("You must login to create a ColumnModel");
        }
    }

    private Reply list(RequestContext ctx) {
        long limit = ctx.queryLong("limit", 10L);
        long offset = ctx.queryLong("offset", 0L);
        if (limit < 0 || limit > 100) {
            throw ApiException.badRequest("Limit must be between 0 and 100");
        }
        if (offset < 0) {
            throw ApiException.badRequest("Offset cannot be less than zero");
        }
        String prefix = ctx.query("prefix");
        return Reply.ok(new PaginatedColumnModels().setResults(columns.list(prefix, limit, offset))
                .setTotalNumberOfResults(columns.count(prefix)));
    }

    private Reply entityColumns(RequestContext ctx) {
        List<ColumnModel> schema = tables.schemaForRead(ctx.caller(), ctx.pathVar("id"), null);
        return Reply.ok(new PaginatedColumnModels().setResults(schema).setTotalNumberOfResults((long) schema.size()));
    }

    private Reply defaults(RequestContext ctx) {
        String typeText = ctx.query("viewEntityType");
        ViewEntityType type;
        try {
            type = typeText == null ? ViewEntityType.entityview : ViewEntityType.valueOf(typeText);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("Failed to convert value of type 'java.lang.String' to required type"
                    + " 'org.sagebionetworks.repo.model.table.ViewEntityType'; No enum constant"
                    + " org.sagebionetworks.repo.model.table.ViewEntityType." + typeText);
        }
        Long mask = ctx.queryLong("viewTypeMask", null);
        if (type == ViewEntityType.entityview && mask == null) {
            throw ApiException.badRequest("viewTypeMask is required.");
        }
        return Reply.ok(ListWrapper.of(ColumnModel.class, createDefaults(type, mask == null ? 0 : mask)));
    }

    private Reply legacyDefaults(RequestContext ctx) {
        long mask = switch (ctx.pathVar("viewtype")) {
            case "file" -> 1L;
            case "project" -> 2L;
            case "file_and_table" -> 5L;
            default -> throw ApiException.badRequest("No enum constant org.sagebionetworks.repo.model.table.ViewType."
                    + ctx.pathVar("viewtype"));
        };
        return Reply.ok(ListWrapper.of(ColumnModel.class, createDefaults(ViewEntityType.entityview, mask)));
    }

    /** The default columns of a view kind, created (idempotently) so they carry ids. */
    public List<ColumnModel> createDefaults(ViewEntityType type, long mask) {
        List<ColumnModel> defs = new ArrayList<>();
        switch (type) {
            case entityview -> ObjectField.entityViewDefaults(mask).forEach(f -> defs.add(f.model()));
            case dataset -> ObjectField.entityViewDefaults(1).forEach(f -> defs.add(f.model()));
            case datasetcollection -> ObjectField.datasetCollectionDefaults().forEach(f -> defs.add(f.model()));
            case submissionview -> defs.addAll(SubmissionViewColumns.defaults());
            default -> throw ApiException.badRequest("Unsupported view type: " + type);
        }
        return columns.createAll(defs);
    }
}

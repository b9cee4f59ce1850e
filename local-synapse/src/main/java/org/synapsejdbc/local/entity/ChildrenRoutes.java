package org.synapsejdbc.local.entity;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.synapsejdbc.client.model.ACCESS_TYPE;
import org.synapsejdbc.client.model.Direction;
import org.synapsejdbc.client.model.EntityChildrenRequest;
import org.synapsejdbc.client.model.EntityChildrenResponse;
import org.synapsejdbc.client.model.EntityHeader;
import org.synapsejdbc.client.model.EntityLookupRequest;
import org.synapsejdbc.client.model.EntityType;
import org.synapsejdbc.client.model.ProjectHeader;
import org.synapsejdbc.client.model.ProjectHeaderList;
import org.synapsejdbc.client.model.SortBy;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Caller;
import org.synapsejdbc.local.http.Reply;
import org.synapsejdbc.local.http.RequestContext;
import org.synapsejdbc.local.http.Router;
import org.synapsejdbc.local.http.Scope;

/** {@code POST /entity/children}, {@code POST /entity/child} and {@code GET /projects}. */
public final class ChildrenRoutes {

    static final int PAGE = 50;

    private final EntityService entities;
    private final EntityViews views;

    public ChildrenRoutes(EntityService entities, EntityViews views) {
        this.entities = entities;
        this.views = views;
    }

    public void register(Router r) {
        r.post(Router.REPO + "/entity/children", this::children, Scope.VIEW);
        r.post(Router.REPO + "/entity/child", this::child, Scope.VIEW);
        r.get(Router.REPO + "/projects", this::projects, Scope.VIEW);
    }

    private Reply children(RequestContext ctx) {
        EntityChildrenRequest req = ctx.body(EntityChildrenRequest.class);
        Caller caller = ctx.caller();
        boolean projects = req.getParentId() == null;
        Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
        if (projects) {
            kinds.add(EntityKind.PROJECT);
        } else {
            if (req.getIncludeTypes() == null) {
                throw ApiException.badRequest("EntityChildrenRequest.includeTypes is required.");
            }
            if (req.getIncludeTypes().isEmpty()) {
                throw ApiException.badRequest("EntityChildrenRequest.includeTypes must include at least one type");
            }
            for (EntityType t : req.getIncludeTypes()) {
                kinds.add(EntityKind.byWireType(t.name()).orElseThrow());
            }
        }
        long[] page = NextPageToken.parse(req.getNextPageToken(), PAGE);
        String order = switch (req.getSortBy() == null ? SortBy.NAME : req.getSortBy()) {
            case NAME -> "NAME";
            case CREATED_ON -> "CREATED_ON";
            case MODIFIED_ON -> "MODIFIED_ON";
        };
        boolean desc = req.getSortDirection() == Direction.DESC;
        return Reply.ok(entities.db().read(c -> {
            long parentId = SynIds.ROOT_ID;
            if (!projects) {
                parentId = SynIds.parse(req.getParentId());
                entities.access().require(c, caller, parentId, ACCESS_TYPE.READ);
            }
            List<EntityRecord> visible = new ArrayList<>();
            for (EntityRecord n : entities.store().children(c, parentId, kinds, order, desc)) {
                if (entities.access().has(c, caller, n.id(), ACCESS_TYPE.READ)) {
                    visible.add(n);
                }
            }
            List<EntityHeader> out = new ArrayList<>();
            int from = (int) Math.min(page[1], visible.size());
            int to = (int) Math.min(from + page[0], visible.size());
            for (EntityRecord n : visible.subList(from, to)) {
                out.add(views.header(c, n, null));
            }
            EntityChildrenResponse resp = new EntityChildrenResponse().setPage(out);
            if (to < visible.size()) {
                resp.setNextPageToken(NextPageToken.format(page[0], to));
            }
            if (Boolean.TRUE.equals(req.getIncludeTotalChildCount())) {
                resp.setTotalChildCount((long) visible.size());
            }
            if (Boolean.TRUE.equals(req.getIncludeSumFileSizes())) {
                long sum = 0;
                for (EntityRecord n : visible) {
                    if (n.kind() == EntityKind.FILE) {
                        String fh = entities.version(c, n, null).fileHandleId();
                        for (EntityHook h : entities.hooks()) {
                            sum += fh == null ? 0 : h.fileContent(fh).map(EntityHook.FileContent::contentSize)
                                    .orElse(0L);
                        }
                    }
                }
                resp.setSumFileSizesBytes(sum);
            }
            return resp;
        }));
    }

    private Reply child(RequestContext ctx) {
        EntityLookupRequest req = ctx.body(EntityLookupRequest.class);
        if (req.getEntityName() == null) {
            throw ApiException.badRequest("EntityLookupRequest.entityName is required.");
        }
        return Reply.ok(entities.db().read(c -> {
            long parentId = SynIds.ROOT_ID;
            if (req.getParentId() != null) {
                parentId = SynIds.parse(req.getParentId());
                entities.access().require(c, ctx.caller(), parentId, ACCESS_TYPE.READ);
            }
            long id = entities.store().childByName(c, parentId, req.getEntityName().trim())
                    .orElseThrow(() -> ApiException.notFound("Entity id could not be found"));
            entities.access().check(c, ctx.caller(), id, ACCESS_TYPE.READ);
            return Map.of("id", SynIds.format(id));
        }));
    }

    private Reply projects(RequestContext ctx) {
        String filter = ctx.query("filter") == null ? "ALL" : ctx.query("filter");
        String sort = ctx.query("sort") == null ? "LAST_ACTIVITY" : ctx.query("sort");
        boolean desc = !"ASC".equals(ctx.query("sortDirection"))
                && !("PROJECT_NAME".equals(sort) && ctx.query("sortDirection") == null);
        long[] page = NextPageToken.parse(ctx.query("nextPageToken"), PAGE);
        Caller caller = ctx.caller();
        return Reply.ok(entities.db().read(c -> {
            List<EntityRecord> mine = new ArrayList<>();
            for (EntityRecord p : entities.store().projects(c)) {
                boolean shared = entities.access().acl().entries(c, p.id()).containsKey(caller.userId());
                boolean created = p.createdBy() == caller.userId();
                boolean include = switch (filter) {
                    case "ALL" -> shared;
                    case "CREATED" -> created && shared;
                    case "PARTICIPATED" -> shared && !created;
                    case "TEAM" -> false;
                    default -> throw ApiException.badRequest("No enum constant "
                            + "org.sagebionetworks.repo.model.ProjectListType." + filter);
                };
                if (include && !caller.isAnonymous()) {
                    mine.add(p);
                }
            }
            java.util.Comparator<EntityRecord> cmp = "PROJECT_NAME".equals(sort)
                    ? java.util.Comparator.comparing(EntityRecord::name, String.CASE_INSENSITIVE_ORDER)
                    : java.util.Comparator.comparing(EntityRecord::modifiedOn);
            mine.sort(desc ? cmp.reversed() : cmp);
            int from = (int) Math.min(page[1], mine.size());
            int to = (int) Math.min(from + page[0], mine.size());
            List<ProjectHeader> out = new ArrayList<>();
            for (EntityRecord p : mine.subList(from, to)) {
                out.add(new ProjectHeader().setId(p.synId()).setName(p.name()).setLastActivity(p.modifiedOn())
                        .setModifiedOn(p.modifiedOn()).setModifiedBy(p.modifiedBy()));
            }
            ProjectHeaderList list = new ProjectHeaderList().setResults(out);
            if (to < mine.size()) {
                list.setNextPageToken(NextPageToken.format(page[0], to));
            }
            return list;
        }));
    }
}

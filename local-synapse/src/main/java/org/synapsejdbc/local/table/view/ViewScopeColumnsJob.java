package org.synapsejdbc.local.table.view;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.synapsejdbc.client.model.AnnotationsValue;
import org.synapsejdbc.client.model.AnnotationsValueType;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.ViewColumnModelRequest;
import org.synapsejdbc.client.model.ViewColumnModelResponse;
import org.synapsejdbc.client.model.ViewEntityType;
import org.synapsejdbc.local.async.AsyncJobType;
import org.synapsejdbc.local.async.JobContext;
import org.synapsejdbc.local.entity.EntityRecord;
import org.synapsejdbc.local.entity.EntityService;
import org.synapsejdbc.local.entity.SynIds;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.JsonBodies;
import org.synapsejdbc.local.http.RequestContext;

/**
 * {@code /column/view/scope/async}: the annotation columns a view over a scope could have
 * (synapse-view-columns.md §4): one model per key and annotation type used, list types when some entity has
 * several values, sizes from the longest value and list; 50 per page, without ids.
 */
public final class ViewScopeColumnsJob implements AsyncJobType<ViewColumnModelRequest> {

    static final int PAGE = 50;

    private final EntityService entities;

    public ViewScopeColumnsJob(EntityService entities) {
        this.entities = entities;
    }

    @Override
    public ViewColumnModelRequest start(RequestContext ctx, JsonNode body) {
        ViewColumnModelRequest req = JsonBodies.convert(body, ViewColumnModelRequest.class);
        if (req.getViewScope() == null || req.getViewScope().getScope() == null
                || req.getViewScope().getScope().isEmpty()) {
            throw ApiException.badRequest("scope.scopeIds is required and must not be empty.");
        }
        ViewEntityType type = req.getViewScope().getViewEntityType();
        if ((type == null || type == ViewEntityType.entityview) && req.getViewScope().getViewTypeMask() == null
                && req.getViewScope().getViewType() == null) {
            throw ApiException.badRequest("Either 'viewType' or 'viewTypeMask' must be provided");
        }
        return req;
    }

    /** Facts about one (key, type) pair over all objects. */
    private static final class Usage {
        long longestValue;
        long longestList;
    }

    @Override
    public Object run(JobContext<ViewColumnModelRequest> job) {
        ViewColumnModelRequest req = job.request();
        List<Long> scope = new ArrayList<>();
        req.getViewScope().getScope().forEach(s -> scope.add(SynIds.parse(s)));
        long mask = req.getViewScope().getViewTypeMask() != null ? req.getViewScope().getViewTypeMask()
                : switch (req.getViewScope().getViewType()) {
                    case file -> 0x01L;
                    case project -> 0x02L;
                    default -> 0x05L;
                };
        List<ColumnModel> all = suggest(entities, scope, mask);
        long offset = 0;
        if (req.getNextPageToken() != null) {
            String[] parts = req.getNextPageToken().split("a");
            try {
                offset = Long.parseLong(parts[1]);
            } catch (RuntimeException e) {
                throw ApiException.badRequest("Invalid nextPageToken: " + req.getNextPageToken());
            }
        }
        int from = (int) Math.min(offset, all.size());
        int to = Math.min(from + PAGE, all.size());
        ViewColumnModelResponse resp = new ViewColumnModelResponse().setResults(new ArrayList<>(all.subList(from, to)));
        if (to < all.size()) {
            resp.setNextPageToken(PAGE + "a" + to);
        }
        return resp;
    }

    /** The annotation columns suggested for a scope, ordered by key then annotation type. */
    public static List<ColumnModel> suggest(EntityService entities, List<Long> scope, long mask) {
        Map<String, Map<AnnotationsValueType, Usage>> keys = entities.db().read(c -> {
            Map<String, Map<AnnotationsValueType, Usage>> out = new TreeMap<>();
            for (EntityRecord n : ViewScope.members(c, entities.store(), scope, mask)) {
                String json = entities.version(c, n, null).annotationsJson();
                for (Map.Entry<String, AnnotationsValue> e : ViewRowSource.annotations(json).entrySet()) {
                    AnnotationsValue v = e.getValue();
                    if (v == null || v.getType() == null || v.getValue() == null || v.getValue().isEmpty()) {
                        continue;
                    }
                    Usage u = out.computeIfAbsent(e.getKey(), k -> new EnumMap<>(AnnotationsValueType.class))
                            .computeIfAbsent(v.getType(), t -> new Usage());
                    u.longestList = Math.max(u.longestList, v.getValue().size());
                    for (String s : v.getValue()) {
                        u.longestValue = Math.max(u.longestValue, s == null ? 0 : s.length());
                    }
                }
            }
            return out;
        });
        List<ColumnModel> all = new ArrayList<>();
        keys.forEach((key, byType) -> byType.forEach((type, u) -> all.add(model(key, type, u))));
        return all;
    }

    private static ColumnModel model(String key, AnnotationsValueType type, Usage u) {
        boolean list = u.longestList >= 2;
        ColumnModel m = new ColumnModel().setName(key);
        switch (type) {
            case STRING -> m.setColumnType(list ? ColumnType.STRING_LIST : ColumnType.STRING)
                    .setMaximumSize(u.longestValue == 0 ? 50 : u.longestValue);
            case LONG -> m.setColumnType(list ? ColumnType.INTEGER_LIST : ColumnType.INTEGER);
            case DOUBLE -> m.setColumnType(ColumnType.DOUBLE);
            case TIMESTAMP_MS -> m.setColumnType(list ? ColumnType.DATE_LIST : ColumnType.DATE);
            case BOOLEAN -> m.setColumnType(list ? ColumnType.BOOLEAN_LIST : ColumnType.BOOLEAN);
            default -> m.setColumnType(ColumnType.STRING).setMaximumSize(50L);
        }
        if (list && type != AnnotationsValueType.DOUBLE) {
            m.setMaximumListLength(u.longestList);
        }
        return m;
    }
}

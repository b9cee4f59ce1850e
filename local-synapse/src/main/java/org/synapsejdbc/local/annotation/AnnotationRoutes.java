package org.synapsejdbc.local.annotation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.util.LinkedHashMap;
import java.util.Map;
import org.synapsejdbc.client.model.ACCESS_TYPE;
import org.synapsejdbc.client.model.Annotations;
import org.synapsejdbc.client.model.AnnotationsValue;
import org.synapsejdbc.local.entity.EntityJson;
import org.synapsejdbc.local.entity.EntityRecord;
import org.synapsejdbc.local.entity.EntityRoutes;
import org.synapsejdbc.local.entity.EntityService;
import org.synapsejdbc.local.entity.SynIds;
import org.synapsejdbc.local.entity.VersionRecord;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Json;
import org.synapsejdbc.local.http.Reply;
import org.synapsejdbc.local.http.RequestContext;
import org.synapsejdbc.local.http.Router;
import org.synapsejdbc.local.http.Scope;

/** Annotations v2: GET/PUT {@code /entity/{id}/annotations2} and GET per version; PUT replaces the whole map. */
public final class AnnotationRoutes {

    private static final TypeReference<LinkedHashMap<String, AnnotationsValue>> MAP = new TypeReference<>() {
    };

    private final EntityService entities;

    public AnnotationRoutes(EntityService entities) {
        this.entities = entities;
    }

    public void register(Router r) {
        r.get(Router.REPO + "/entity/{id}/annotations2", ctx -> Reply.ok(get(ctx, null)), Scope.VIEW);
        r.get(Router.REPO + "/entity/{id}/version/{versionNumber}/annotations2",
                ctx -> Reply.ok(get(ctx, EntityRoutes.versionNumber(ctx))), Scope.VIEW);
        r.put(Router.REPO + "/entity/{id}/annotations2", this::put, Scope.VIEW, Scope.MODIFY);
        entities.bundle().addContributor((c, req, target, bundle) -> {
            if (Boolean.TRUE.equals(req.getIncludeAnnotations())) {
                bundle.setAnnotations(annotations(target.node(), target.version()));
            }
        });
    }

    private Annotations get(RequestContext ctx, Long version) {
        long id = SynIds.parse(ctx.pathVar("id"));
        return entities.db().read(c -> {
            EntityRecord node = entities.access().require(c, ctx.caller(), id, ACCESS_TYPE.READ);
            return annotations(node, entities.version(c, node, version));
        });
    }

    /** The annotations of a version; the etag is the entity's (zeros for a non-current version). */
    public static Annotations annotations(EntityRecord node, VersionRecord v) {
        boolean current = v.versionNumber() == node.currentVersion();
        return new Annotations().setId(node.synId()).setEtag(current ? node.etag() : EntityJson.ZERO_ETAG)
                .setAnnotations(parse(v.annotationsJson()));
    }

    static Map<String, AnnotationsValue> parse(String json) {
        if (json == null) {
            return new LinkedHashMap<>();
        }
        try {
            return Json.mapper().readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt annotations", e);
        }
    }

    private Reply put(RequestContext ctx) throws JsonProcessingException {
        String pathId = ctx.pathVar("id");
        long id = SynIds.parse(pathId);
        Annotations body = ctx.body(Annotations.class);
        if (body.getId() == null) {
            throw ApiException.badRequest("Annotations must have a non-null id");
        }
        if (body.getEtag() == null || body.getEtag().isEmpty()) {
            throw ApiException.badRequest("etag is required and must not be the empty string.");
        }
        Map<String, AnnotationsValue> map = body.getAnnotations() == null ? new LinkedHashMap<>() : body.getAnnotations();
        String json = Json.mapper().writeValueAsString(map);
        return Reply.ok(entities.db().write(c -> {
            EntityRecord node = entities.access().require(c, ctx.caller(), id, ACCESS_TYPE.UPDATE);
            AnnotationRules.validate(map);
            if (!body.getEtag().equals(node.etag())) {
                throw ApiException.preconditionFailed("Object: " + pathId
                        + " was updated since you last fetched it, retrieve it again and re-apply the update");
            }
            VersionRecord v = entities.version(c, node, null);
            VersionRecord updated = new VersionRecord(v.nodeId(), v.versionNumber(), v.label(), v.comment(),
                    v.modifiedOn(), v.modifiedBy(), v.fileHandleId(), v.activityId(), v.props(), json);
            entities.store().updateVersion(c, updated);
            EntityRecord touched = entities.touch(c, node, ctx.caller());
            return annotations(touched, updated);
        }));
    }
}

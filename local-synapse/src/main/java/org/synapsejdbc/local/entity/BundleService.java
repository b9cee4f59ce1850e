package org.synapsejdbc.local.entity;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.synapsejdbc.client.model.ACCESS_TYPE;
import org.synapsejdbc.client.model.EntityBundle;
import org.synapsejdbc.client.model.EntityBundleRequest;
import org.synapsejdbc.client.model.RestrictionInformationResponse;
import org.synapsejdbc.client.model.RestrictionLevel;
import org.synapsejdbc.local.http.Caller;

/** {@code POST /entity/{id}[/version/{n}]/bundle2}: the entity-owned parts plus registered contributors. */
public final class BundleService {

    private final EntityService entities;
    private final List<BundleContributor> contributors = new CopyOnWriteArrayList<>();

    BundleService(EntityService entities) {
        this.entities = entities;
    }

    /** Adds a contributor (annotations, activity, file handles, table bundle, ...). */
    public void addContributor(BundleContributor c) {
        contributors.add(c);
    }

    public EntityBundle bundle(Caller caller, String id, Long version, EntityBundleRequest req, EntityViews views) {
        long n = SynIds.parse(id);
        return entities.db().read(c -> {
            EntityRecord node = entities.access().require(c, caller, n, ACCESS_TYPE.READ);
            VersionRecord v = entities.version(c, node, version);
            EntityBundle b = new EntityBundle();
            if (on(req.getIncludeEntity())) {
                b.setEntity(EntityJson.compose(node, v));
                b.setEntityType(node.kind().wireType());
            }
            if (on(req.getIncludePermissions())) {
                b.setPermissions(views.permissions(c, caller, node));
            }
            if (on(req.getIncludeEntityPath())) {
                b.setPath(views.path(c, node));
            }
            if (on(req.getIncludeHasChildren())) {
                b.setHasChildren(entities.store().hasChildren(c, node.id()));
            }
            if (on(req.getIncludeAccessControlList())) {
                b.setAccessControlList(views.acl(c, node.id()));
            }
            if (on(req.getIncludeBenefactorACL())) {
                Long benefactor = entities.access().acl().benefactor(c, node.id());
                b.setBenefactorAcl(benefactor == null ? null : views.acl(c, benefactor));
            }
            if (on(req.getIncludeThreadCount())) {
                b.setThreadCount(0L);
            }
            if (on(req.getIncludeRestrictionInformation())) {
                b.setRestrictionInformation(new RestrictionInformationResponse().setObjectId(node.id())
                        .setRestrictionLevel(RestrictionLevel.OPEN).setHasUnmetAccessRequirement(false)
                        .setUserEntityPermissions(views.permissions(c, caller, node)).setRestrictionDetails(List.of()));
            }
            BundleContributor.Target target = new BundleContributor.Target(caller, node, v);
            for (BundleContributor contributor : contributors) {
                contributor.contribute(c, req, target, b);
            }
            return b;
        });
    }

    static boolean on(Boolean b) {
        return Boolean.TRUE.equals(b);
    }
}

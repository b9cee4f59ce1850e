package org.synapsejdbc.local.entity;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.synapsejdbc.client.model.ACCESS_TYPE;
import org.synapsejdbc.client.model.AccessControlList;
import org.synapsejdbc.client.model.EntityHeader;
import org.synapsejdbc.client.model.EntityPath;
import org.synapsejdbc.client.model.Folder;
import org.synapsejdbc.client.model.ResourceAccess;
import org.synapsejdbc.client.model.UserEntityPermissions;
import org.synapsejdbc.local.acl.AccessControl;
import org.synapsejdbc.local.http.Caller;

/** Builds the derived views of an entity: header, path, permissions, ACL. */
public final class EntityViews {

    private final EntityStore store;
    private final AccessControl acl;

    public EntityViews(EntityStore store, AccessControl acl) {
        this.store = store;
        this.acl = acl;
    }

    /** {@code EntityHeader} of a version ({@code type} is the full class name, as Synapse serves it). */
    public EntityHeader header(Connection c, EntityRecord n, VersionRecord v) throws SQLException {
        EntityHeader h = new EntityHeader().setName(n.name()).setId(n.synId()).setType(n.kind().concreteType())
                .setBenefactorId(acl.benefactor(c, n.id())).setCreatedOn(n.createdOn()).setModifiedOn(n.modifiedOn())
                .setCreatedBy(Long.toString(n.createdBy())).setModifiedBy(Long.toString(n.modifiedBy()));
        long version = v == null ? n.currentVersion() : v.versionNumber();
        h.setVersionNumber(version);
        h.setIsLatestVersion(version == n.currentVersion());
        String label = v != null ? v.label()
                : store.version(c, n.id(), n.currentVersion()).map(VersionRecord::label).orElse(null);
        h.setVersionLabel(label);
        return h;
    }

    /** Root first, the entity last. */
    public EntityPath path(Connection c, EntityRecord n) throws SQLException {
        List<EntityHeader> path = new ArrayList<>();
        EntityRecord cur = n;
        int guard = 0;
        while (cur != null && guard++ < 200) {
            path.add(header(c, cur, null));
            Long parent = cur.parentId();
            cur = parent == null || parent == SynIds.ROOT_ID ? null : store.node(c, parent).orElse(null);
        }
        path.add(new EntityHeader().setName("root").setId(SynIds.format(SynIds.ROOT_ID))
                .setType("org.sagebionetworks.repo.model.Folder").setVersionNumber(1L).setVersionLabel("1")
                .setIsLatestVersion(true).setBenefactorId(SynIds.ROOT_ID));
        Collections.reverse(path);
        return new EntityPath().setPath(path);
    }

    public UserEntityPermissions permissions(Connection c, Caller caller, EntityRecord n) throws SQLException {
        Set<ACCESS_TYPE> p = acl.permissions(c, caller, n.id());
        boolean authenticated = !caller.isAnonymous();
        Long benefactor = acl.benefactor(c, n.id());
        Long owner = benefactor == null ? null : store.node(c, benefactor).map(EntityRecord::createdBy).orElse(null);
        return new UserEntityPermissions()
                .setCanView(p.contains(ACCESS_TYPE.READ))
                .setCanEdit(p.contains(ACCESS_TYPE.UPDATE))
                .setCanMove(p.contains(ACCESS_TYPE.UPDATE))
                .setCanAddChild(p.contains(ACCESS_TYPE.CREATE))
                .setCanCertifiedUserEdit(p.contains(ACCESS_TYPE.UPDATE))
                .setCanCertifiedUserAddChild(p.contains(ACCESS_TYPE.CREATE))
                .setIsCertifiedUser(authenticated)
                .setCanChangePermissions(p.contains(ACCESS_TYPE.CHANGE_PERMISSIONS))
                .setCanChangeSettings(p.contains(ACCESS_TYPE.CHANGE_SETTINGS))
                .setCanDelete(p.contains(ACCESS_TYPE.DELETE))
                .setCanDownload(authenticated && p.contains(ACCESS_TYPE.DOWNLOAD))
                .setCanUpload(authenticated)
                .setCanEnableInheritance(p.contains(ACCESS_TYPE.CHANGE_PERMISSIONS) && benefactor != null
                        && benefactor == n.id() && n.kind() != EntityKind.PROJECT)
                .setOwnerPrincipalId(owner)
                .setCanPublicRead(acl.publicRead(c, n.id()))
                .setCanModerate(p.contains(ACCESS_TYPE.MODERATE))
                .setIsCertificationRequired(true)
                .setIsEntityOpenData(false)
                .setIsDataContributor(false);
    }

    /** The ACL stored on {@code ownerId} as the wire model, or null if it has none. */
    public AccessControlList acl(Connection c, long ownerId) throws SQLException {
        var info = acl.acl(c, ownerId);
        if (info.isEmpty()) {
            return null;
        }
        List<ResourceAccess> ras = new ArrayList<>();
        for (Map.Entry<Long, Set<ACCESS_TYPE>> e : acl.entries(c, ownerId).entrySet()) {
            ras.add(new ResourceAccess().setPrincipalId(e.getKey()).setAccessType(new ArrayList<>(e.getValue())));
        }
        var i = info.get();
        return new AccessControlList().setId(SynIds.format(ownerId)).setCreatedBy(Long.toString(i.createdBy()))
                .setCreationDate(i.createdOn()).setModifiedBy(Long.toString(i.modifiedBy()))
                .setModifiedOn(i.modifiedOn()).setEtag(i.etag()).setResourceAccess(ras);
    }
}

package org.synapsejdbc.local.entity;

import org.synapsejdbc.local.ServerContext;
import org.synapsejdbc.local.ServerModule;
import org.synapsejdbc.local.acl.AccessControl;
import org.synapsejdbc.local.acl.AclRoutes;

/** Installs entities, ACLs, children/projects listings and bundles; publishes {@link EntityService}. */
public final class EntityModule implements ServerModule {

    @Override
    public void install(ServerContext ctx) {
        EntityStore store = new EntityStore(ctx.db());
        AccessControl acl = new AccessControl(ctx.db(), (c, id) -> store.node(c, id).map(EntityRecord::parentId)
                .orElse(null));
        EntityService service = new EntityService(ctx.db(), store, new EntityAccess(store, acl));
        EntityViews views = new EntityViews(store, acl);
        ctx.publish(EntityService.class, service);
        ctx.publish(EntityViews.class, views);
        new EntityRoutes(service, views).register(ctx.router());
        new ChildrenRoutes(service, views).register(ctx.router());
        new AclRoutes(service, views).register(ctx.router());
    }

    @Override
    public int order() {
        return 10;
    }
}

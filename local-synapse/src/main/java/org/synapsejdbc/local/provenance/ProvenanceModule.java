package org.synapsejdbc.local.provenance;

import org.synapsejdbc.local.ServerContext;
import org.synapsejdbc.local.ServerModule;
import org.synapsejdbc.local.entity.EntityService;

/** Installs activities, {@code generatedBy} links and the bundle's activity part. */
public final class ProvenanceModule implements ServerModule {

    @Override
    public void install(ServerContext ctx) {
        EntityService entities = ctx.service(EntityService.class);
        ActivityStore store = new ActivityStore(ctx.db());
        ActivityRoutes activities = new ActivityRoutes(entities, store);
        activities.register(ctx.router());
        new GeneratedByRoutes(entities, store, activities).register(ctx.router());
    }

    @Override
    public int order() {
        return 30;
    }
}

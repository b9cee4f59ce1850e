package org.synapsejdbc.local.annotation;

import org.synapsejdbc.local.ServerContext;
import org.synapsejdbc.local.ServerModule;
import org.synapsejdbc.local.entity.EntityService;

/** Installs the annotations v2 routes and their bundle part. */
public final class AnnotationsModule implements ServerModule {

    @Override
    public void install(ServerContext ctx) {
        new AnnotationRoutes(ctx.service(EntityService.class)).register(ctx.router());
    }

    @Override
    public int order() {
        return 20;
    }
}

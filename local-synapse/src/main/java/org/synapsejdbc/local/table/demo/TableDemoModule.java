package org.synapsejdbc.local.table.demo;

import org.synapsejdbc.local.ServerContext;
import org.synapsejdbc.local.ServerModule;
import org.synapsejdbc.local.entity.EntityService;
import org.synapsejdbc.local.table.TableServices;

/**
 * Registers the tables' {@code --demo} content after the base demo (order 1100 &gt; the demo module's 1000), since
 * it needs the demo project and its annotated files.
 */
public final class TableDemoModule implements ServerModule {

    @Override
    public int order() {
        return 1100;
    }

    @Override
    public void install(ServerContext ctx) {
        TableDemo demo = new TableDemo(ctx.service(EntityService.class), ctx.service(TableServices.class));
        ctx.addDemoSeeder(server -> demo.seed());
    }
}

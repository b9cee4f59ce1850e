package org.synapsejdbc.local.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.local.ServerContext;
import org.synapsejdbc.local.ServerModule;
import org.synapsejdbc.local.auth.BuiltInUsers;
import org.synapsejdbc.local.entity.EntityService;
import org.synapsejdbc.local.files.FileHandleService;
import org.synapsejdbc.local.http.Caller;

/**
 * The {@code --demo} content: a public project "local-synapse demo" owned by user1, seeded piece by piece (see
 * {@link #PIECES}); each piece runs once per store, so a restart with {@code --demo} keeps the data as it is. To
 * extend the demo, add a {@link DemoPiece} at the end of the list.
 */
public final class DemoModule implements ServerModule {

    private static final Logger LOG = LoggerFactory.getLogger(DemoModule.class);

    /** The pieces, in seeding order. */
    static final List<DemoPiece> PIECES = List.of(new DemoProject(), new DemoMatrixFile(), new DemoAnnotatedFiles(),
            new DemoProvenance());

    @Override
    public int order() {
        return 1000;
    }

    @Override
    public void install(ServerContext ctx) {
        ctx.db().migrate("demo-1", "CREATE TABLE DEMO_SEED(NAME VARCHAR(200) PRIMARY KEY, SEED_VALUE VARCHAR(200))");
        EntityService entities = ctx.service(EntityService.class);
        FileHandleService files = ctx.service(FileHandleService.class);
        Caller owner = new Caller(BuiltInUsers.USER1_ID, BuiltInUsers.USER1_NAME, BuiltInUsers.FULL);
        ctx.addDemoSeeder(server -> {
            long t0 = System.nanoTime();
            DemoContext demo = new DemoContext(new DemoApi(server.baseUrl(), BuiltInUsers.USER1_TOKEN), owner,
                    ctx.db(), entities, files);
            int seeded = 0;
            for (DemoPiece piece : PIECES) {
                if (!demo.seeded(piece)) {
                    piece.seed(demo);
                    demo.markSeeded(piece);
                    seeded++;
                }
            }
            LOG.info("demo: {} piece(s) seeded, {} already present ({} ms); project {}", seeded,
                    PIECES.size() - seeded, (System.nanoTime() - t0) / 1_000_000, demo.recall(DemoProject.PROJECT));
        });
    }
}

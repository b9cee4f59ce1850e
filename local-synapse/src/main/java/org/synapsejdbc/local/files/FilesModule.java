package org.synapsejdbc.local.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.synapsejdbc.client.model.FileHandleAssociateType;
import org.synapsejdbc.local.ServerContext;
import org.synapsejdbc.local.ServerModule;
import org.synapsejdbc.local.entity.EntityService;

/**
 * Files: multipart upload, the storage route behind presigned URLs, file handles, download batches and redirects,
 * the FileEntity hook and bundle file handles. Bytes live under {@code <data>/files} (a temporary directory in
 * memory mode). Publishes {@link FileHandleService} (tables register {@code TableEntity} associations on it) and
 * {@link StorageClock} (tests move it to expire URLs).
 */
public final class FilesModule implements ServerModule {

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void install(ServerContext ctx) {
        FileStore store = new FileStore(storeRoot(ctx));
        StorageClock clock = new StorageClock();
        PresignedUrls urls = new PresignedUrls(clock);
        FileHandleDao handleDao = new FileHandleDao(ctx.db());
        FileHandleService handles = new FileHandleService(ctx.db(), handleDao, store, urls);
        MultipartUploads uploads = new MultipartUploads(ctx.db(), new MultipartDao(ctx.db()), handles, store, urls);
        EntityService entities = ctx.service(EntityService.class);
        EntityFiles entityFiles = new EntityFiles(entities, handleDao);

        handles.registerAssociation(FileHandleAssociateType.FileEntity, new FileEntityAssociation(entities));
        entities.registerHook(new FileEntityHook(entities, handleDao));
        entities.bundle().addContributor(new FileBundleContributor(entityFiles));

        new UploadRoutes(uploads, handles, entities, ctx.db()).register(ctx.router());
        new FileHandleRoutes(ctx.db(), handles).register(ctx.router());
        new EntityFileRoutes(entities, handles, entityFiles).register(ctx.router());
        new StorageRoutes(uploads, handles, store, urls).register(ctx.router());

        ctx.publish(FileHandleService.class, handles);
        ctx.publish(StorageClock.class, clock);
    }

    private static Path storeRoot(ServerContext ctx) {
        if (ctx.dataDir() != null) {
            return ctx.dataDir().resolve("files");
        }
        try {
            Path tmp = Files.createTempDirectory("local-synapse-files");
            ctx.closeOnStop(() -> deleteTree(tmp));
            return tmp;
        } catch (IOException e) {
            throw new IllegalStateException("cannot create a temporary file store", e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

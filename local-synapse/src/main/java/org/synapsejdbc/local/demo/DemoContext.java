package org.synapsejdbc.local.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.synapsejdbc.client.model.S3FileHandle;
import org.synapsejdbc.local.entity.EntityService;
import org.synapsejdbc.local.files.FileHandleService;
import org.synapsejdbc.local.http.Caller;
import org.synapsejdbc.local.store.RepositoryDb;
import org.synapsejdbc.local.store.Sql;

/**
 * What a demo piece works with: the REST API as the demo owner, file storage, the entity service, and a
 * persistent name → entity id memory ({@code DEMO_SEED}) shared between pieces and across restarts.
 */
public final class DemoContext {

    private final DemoApi api;
    private final Caller owner;
    private final RepositoryDb db;
    private final EntityService entities;
    private final FileHandleService files;

    DemoContext(DemoApi api, Caller owner, RepositoryDb db, EntityService entities, FileHandleService files) {
        this.api = api;
        this.owner = owner;
        this.db = db;
        this.entities = entities;
        this.files = files;
    }

    public DemoApi api() {
        return api;
    }

    public Caller owner() {
        return owner;
    }

    public EntityService entities() {
        return entities;
    }

    /** Stores text as a new file handle of the demo owner and returns its id. */
    public String storeText(String fileName, String contentType, String text) throws IOException {
        S3FileHandle h = files.create(owner.userId(), fileName, contentType,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        return h.getId();
    }

    /** Remembers an entity id under a name (e.g. {@code project}). */
    public void remember(String name, String entityId) {
        db.write(c -> Sql.update(c, "MERGE INTO DEMO_SEED(NAME, SEED_VALUE) KEY(NAME) VALUES (?, ?)", "id:" + name,
                entityId));
    }

    /** An id remembered by an earlier piece (this run or an earlier one). */
    public String recall(String name) {
        return db.read(c -> Sql.one(c, "SELECT SEED_VALUE FROM DEMO_SEED WHERE NAME = ?", rs -> rs.getString(1),
                "id:" + name)).orElseThrow(() -> new IllegalStateException("demo piece order: nothing remembered as "
                + name));
    }

    boolean seeded(DemoPiece piece) {
        return db.read(c -> Sql.count(c, "SELECT COUNT(*) FROM DEMO_SEED WHERE NAME = ?", "piece:" + piece.name()))
                > 0;
    }

    void markSeeded(DemoPiece piece) {
        db.write(c -> Sql.update(c, "INSERT INTO DEMO_SEED(NAME, SEED_VALUE) VALUES (?, 'done')",
                "piece:" + piece.name()));
    }
}

package org.synapsejdbc.local.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The repository database (entities, annotations, ACLs, activities, users, file handles, ...): embedded H2,
 * file-backed under the data directory or in memory. Writes are serialized and committed before the route
 * answers; with {@code WRITE_DELAY=0} each commit reaches the file before the acknowledgement, so a
 * {@code kill -9} loses no acknowledged write.
 */
public final class RepositoryDb implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RepositoryDb.class);

    /** Work inside a transaction. */
    @FunctionalInterface
    public interface TxWork<T> {
        T run(Connection c) throws SQLException;
    }

    private final JdbcConnectionPool pool;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final String url;

    private RepositoryDb(String url) {
        this.url = url;
        this.pool = JdbcConnectionPool.create(url, "sa", "");
        this.pool.setMaxConnections(32);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS SCHEMA_MIGRATION(NAME VARCHAR(200) PRIMARY KEY, APPLIED_ON TIMESTAMP)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open repository database " + url, e);
        }
    }

    /** A file database {@code <dataDir>/repository.mv.db}. */
    public static RepositoryDb file(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create " + dataDir, e);
        }
        String path = dataDir.toAbsolutePath().resolve("repository").toString();
        return new RepositoryDb("jdbc:h2:file:" + path + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    }

    /** A private in-memory database, gone when closed. */
    public static RepositoryDb inMemory() {
        return new RepositoryDb("jdbc:h2:mem:repo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    /**
     * Applies a named DDL script once (idempotent by name). Each package registers its own tables at startup:
     * {@code db.migrate("files-1", "CREATE TABLE ...", "CREATE INDEX ...")}. Never edit an applied script; add
     * a new name instead.
     */
    public void migrate(String name, String... statements) {
        write(c -> {
            try (var ps = c.prepareStatement("SELECT 1 FROM SCHEMA_MIGRATION WHERE NAME = ?")) {
                ps.setString(1, name);
                if (ps.executeQuery().next()) {
                    return null;
                }
            }
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
            Sql.update(c, "INSERT INTO SCHEMA_MIGRATION(NAME, APPLIED_ON) VALUES (?, CURRENT_TIMESTAMP)", name);
            LOG.debug("applied migration {}", name);
            return null;
        });
    }

    /** Runs {@code work} in one serialized write transaction; committed before this returns. */
    public <T> T write(TxWork<T> work) {
        writeLock.lock();
        try {
            return inTransaction(work);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} in a read transaction (concurrent with other reads and writes). */
    public <T> T read(TxWork<T> work) {
        return inTransaction(work);
    }

    private <T> T inTransaction(TxWork<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** Next value of a named sequence (created on first use, starting at {@code start}). */
    public long nextId(Connection c, String sequence, long start) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE SEQUENCE IF NOT EXISTS " + sequence + " START WITH " + start);
            var rs = s.executeQuery("SELECT NEXT VALUE FOR " + sequence);
            rs.next();
            return rs.getLong(1);
        }
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            LOG.debug("shutdown: {}", e.getMessage());
        }
        pool.dispose();
    }
}

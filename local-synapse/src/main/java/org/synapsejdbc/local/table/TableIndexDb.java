package org.synapsejdbc.local.table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.local.sql.h2.H2Functions;
import org.synapsejdbc.local.sql.h2.PhysicalLayout;
import org.synapsejdbc.local.store.RepositoryDb;
import org.synapsejdbc.local.store.StoreException;

/**
 * The table-index database: embedded H2 holding one physical table per Synapse table, snapshot and view
 * (layout owned by the SQL engine's {@link PhysicalLayout}), created with the engine's case- and
 * accent-insensitive collation. Writes are serialized by one lock.
 */
public final class TableIndexDb implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TableIndexDb.class);

    private final JdbcConnectionPool pool;
    private final ReentrantLock writeLock = new ReentrantLock(true);

    private TableIndexDb(String url) {
        this.pool = JdbcConnectionPool.create(url, "sa", "");
        this.pool.setMaxConnections(32);
        try (Connection c = pool.getConnection()) {
            if (tableCount(c) == 0) {
                PhysicalLayout.initializeDatabase(c);
            } else {
                H2Functions.install(c);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open table index database", e);
        }
    }

    /** A file database {@code <dataDir>/table-index.mv.db}, or an in-memory one when {@code dataDir} is null. */
    public static TableIndexDb open(Path dataDir) {
        if (dataDir == null) {
            return new TableIndexDb("jdbc:h2:mem:table-index-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        }
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create " + dataDir, e);
        }
        return new TableIndexDb("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("table-index")
                + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE");
    }

    private static long tableCount(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Runs {@code work} in one serialized write transaction. */
    public <T> T write(RepositoryDb.TxWork<T> work) {
        writeLock.lock();
        try {
            return inTransaction(work);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs {@code work} in a read transaction. */
    public <T> T read(RepositoryDb.TxWork<T> work) {
        return inTransaction(work);
    }

    private <T> T inTransaction(RepositoryDb.TxWork<T> work) {
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

    /** True when the physical table exists. */
    public static boolean exists(Connection c, String table) throws SQLException {
        try (var ps = c.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " AND TABLE_NAME = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
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

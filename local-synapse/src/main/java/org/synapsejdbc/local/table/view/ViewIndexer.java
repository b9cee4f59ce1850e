package org.synapsejdbc.local.table.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.client.model.AnnotationsValue;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.local.entity.EntityService;
import org.synapsejdbc.local.files.FileHandleService;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.sql.SynapseSqlException;
import org.synapsejdbc.local.sql.check.ColumnTypes;
import org.synapsejdbc.local.sql.h2.CellCodec;
import org.synapsejdbc.local.sql.h2.CellValue;
import org.synapsejdbc.local.sql.h2.PhysicalLayout;
import org.synapsejdbc.local.sql.h2.RowWriter;
import org.synapsejdbc.local.table.TableIndexDb;
import org.synapsejdbc.local.table.TableInfo;
import org.synapsejdbc.local.table.TableSettings;
import org.synapsejdbc.local.table.rows.IndexSchemaSync;

/**
 * Replicates entities into a view's index: the rows are rebuilt from the repository when the view's definition
 * changed or the index is older than the configured view lag, which makes views eventually consistent as in
 * Synapse. A build that fails (a column too small for the annotations) leaves the view failed with Synapse's text.
 */
public final class ViewIndexer {

    private static final Logger LOG = LoggerFactory.getLogger(ViewIndexer.class);

    /** When and from which definition a view index was built, or why it failed. */
    private record Built(long builtAtMillis, String definition, String failure) {
    }

    private final EntityService entities;
    private final FileHandleService files;
    private final TableIndexDb index;
    private final IndexSchemaSync sync;
    private final TableSettings settings;
    private final Map<Long, Built> built = new ConcurrentHashMap<>();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock(true);

    public ViewIndexer(EntityService entities, FileHandleService files, TableIndexDb index, IndexSchemaSync sync,
                       TableSettings settings) {
        this.entities = entities;
        this.files = files;
        this.index = index;
        this.sync = sync;
        this.settings = settings;
    }

    /** True when a query would have to wait for a rebuild. */
    public boolean needsBuild(TableInfo view) {
        Built b = built.get(view.id());
        return b == null || !b.definition().equals(definition(view))
                || System.currentTimeMillis() - b.builtAtMillis() >= settings.viewLagMillis();
    }

    /** Rebuilds the view index when stale; throws the build failure (400) if the view cannot be built. */
    public void ensureFresh(TableInfo view) {
        readFresh(view, () -> null);
    }

    /**
     * Runs {@code work} (a query of the view) on a fresh index: rebuilds first when stale, and holds off rebuilds
     * (which drop and recreate the physical table) until the work is done.
     */
    public <T> T readFresh(TableInfo view, Supplier<T> work) {
        lock.readLock().lock();
        try {
            if (!needsBuild(view)) {
                return afterBuild(view, work);
            }
        } finally {
            lock.readLock().unlock();
        }
        lock.writeLock().lock();
        try {
            if (needsBuild(view)) {
                rebuild(view);
            }
            lock.readLock().lock();
        } finally {
            lock.writeLock().unlock();
        }
        try {
            return afterBuild(view, work);
        } finally {
            lock.readLock().unlock();
        }
    }

    private <T> T afterBuild(TableInfo view, Supplier<T> work) {
        Built b = built.get(view.id());
        if (b != null && b.failure() != null) {
            throw ApiException.badRequest(b.failure());
        }
        return work.get();
    }

    private static String definition(TableInfo view) {
        return TableInfo.columnIds(view.props()) + "|" + ViewScope.scopeIds(view.props()) + "|"
                + ViewScope.mask(view.props()) + "|" + view.props().path("items");
    }

    private void rebuild(TableInfo view) {
        long t0 = System.nanoTime();
        if (settings.viewBuildDelayMillis() > 0) {
            try {
                Thread.sleep(settings.viewBuildDelayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        List<ColumnModel> columns = view.columns();
        List<Object[]> rows = new ArrayList<>();
        String failure = null;
        try {
            List<ViewRowSource.Facts> facts = entities.db().read(c -> {
                ViewRowSource source = new ViewRowSource(entities, files);
                List<ViewRowSource.Facts> out = new ArrayList<>();
                for (ViewScope.Member m : ViewScope.rows(c, entities.store(), view.kind(), view.props())) {
                    out.add(source.facts(c, m.node(), m.version()));
                }
                return out;
            });
            for (int r = 0; r < facts.size(); r++) {
                ViewRowSource.Facts f = facts.get(r);
                List<CellValue> cells = new ArrayList<>();
                for (int col = 0; col < columns.size(); col++) {
                    cells.add(cell(columns.get(col), f, r, col));
                }
                rows.add(new Object[]{f.node().id(), f.version().versionNumber(), f.node().etag(), f.benefactor(), cells});
            }
        } catch (ApiException e) {
            failure = e.reason();
        }
        String fail = failure;
        index.write(c -> {
            sync.drop(c, view.id());
            PhysicalLayout.execute(c, PhysicalLayout.createTable(view.id(), columns));
            if (fail == null) {
                try (RowWriter w = new RowWriter(c, view.id(), columns)) {
                    for (Object[] row : rows) {
                        @SuppressWarnings("unchecked")
                        List<CellValue> cells = (List<CellValue>) row[4];
                        w.insert((Long) row[0], (Long) row[1], (String) row[2], (Long) row[3], cells);
                    }
                }
            }
            return null;
        });
        built.put(view.id(), new Built(System.currentTimeMillis(), definition(view), failure));
        LOG.debug("view syn{} rebuilt: {} rows in {} ms", view.id(), rows.size(), (System.nanoTime() - t0) / 1_000_000);
    }

    private static CellValue cell(ColumnModel m, ViewRowSource.Facts f, int r, int col) {
        Optional<ObjectField> field = ObjectField.match(m);
        if (field.isPresent()) {
            try {
                return CellCodec.toStorage(m, f.fields().get(field.get()), r, col);
            } catch (SynapseSqlException e) {
                return CellCodec.toStorage(m, null, r, col);
            }
        }
        AnnotationsValue a = f.annotations().get(m.getName());
        if (a != null && a.getValue() != null && ColumnTypes.isList(m.getColumnType())
                && a.getValue().size() > ColumnTypes.maxListLength(m)) {
            throw ApiException.badRequest("maximumListLength for ColumnModel \"" + m.getName() + "\" must be at least: "
                    + a.getValue().size());
        }
        String text = AnnotationCells.text(m.getColumnType(), a);
        try {
            return CellCodec.toStorage(m, text, r, col);
        } catch (SynapseSqlException e) {
            if (m.getColumnType() == ColumnType.STRING && text != null && text.length() > ColumnTypes.maxSize(m)) {
                int longest = 0;
                for (String v : a.getValue()) {
                    longest = Math.max(longest, v.length());
                }
                throw ApiException.badRequest("The size of the column '" + m.getName()
                        + "' is too small.  The column size needs to be at least " + longest + " characters.");
            }
            return CellCodec.toStorage(m, null, r, col);
        }
    }
}

package org.synapsejdbc.local.table.rows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.RowReference;
import org.synapsejdbc.client.model.RowReferenceSet;
import org.synapsejdbc.client.model.SelectColumn;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.sql.SynapseSqlException;
import org.synapsejdbc.local.sql.h2.CellCodec;
import org.synapsejdbc.local.sql.h2.CellValue;
import org.synapsejdbc.local.sql.h2.PhysicalLayout;
import org.synapsejdbc.local.sql.h2.RowWriter;
import org.synapsejdbc.local.table.TableErrors;
import org.synapsejdbc.local.table.TableIndexDb;
import org.synapsejdbc.local.table.TableInfo;

/**
 * Applies one change set to a table atomically: every value is validated first (one bad value rejects the
 * whole set), updates of rows changed since they were read fail with 412, then all rows are written with the
 * table's next change number as their new row version.
 */
public final class RowChangeApplier {

    private final TableIndexDb index;
    private final IndexSchemaSync sync;
    private final TableStateStore states;

    public RowChangeApplier(TableIndexDb index, IndexSchemaSync sync, TableStateStore states) {
        this.index = index;
        this.sync = sync;
        this.states = states;
    }

    /** Rows prepared and written per batch, so a large change set (a CSV upload) is never held in memory. */
    private static final int CHUNK = 5000;

    /**
     * One change set: its rows (read once, possibly lazily), the etag of the table state its client read
     * (RowSet/CSV {@code etag}) or null, and whether to return a reference per row.
     */
    public record ChangeSet(Iterable<RowChange> changes, String readEtag, boolean collectRefs) {
        public ChangeSet(List<RowChange> changes, String readEtag) {
            this(changes, readEtag, true);
        }
    }

    /** What one change set did: its row references (empty unless collected) and how many rows it had. */
    public record Result(RowReferenceSet refs, long processed) {
    }

    /**
     * Applies the changes; {@code readEtag} is the etag of the table state the client read (RowSet/CSV
     * {@code etag}), used for conflict checks of rows without a version.
     */
    public RowReferenceSet apply(TableInfo t, List<RowChange> changes, String readEtag) {
        return applyAll(t, List.of(new ChangeSet(changes, readEtag))).get(0).refs();
    }

    /**
     * Applies several change sets as one unit: each gets its own change number (row version), and a failure in
     * any of them leaves the table unchanged.
     */
    public List<Result> applyAll(TableInfo t, List<ChangeSet> sets) {
        if (t.snapshot()) {
            throw ApiException.badRequest("A snapshot of a table cannot be changed: " + t.schema().displayId());
        }
        List<ColumnModel> schema = t.columns();
        List<Long> readVersions = new ArrayList<>();
        for (ChangeSet set : sets) {
            readVersions.add(set.readEtag() == null ? null
                    : states.versionOfEtag(t.id(), set.readEtag()).orElse(null));
        }
        return index.write(c -> {
            sync.ensure(c, t.id(), schema);
            TableStateStore.State state = states.state(t.id());
            long version = state.lastVersion();
            long[] nextRowId = {state.nextRowId()};
            String table = PhysicalLayout.q(PhysicalLayout.tableName(t.id(), null));
            Map<String, Integer> position = new LinkedHashMap<>();
            for (int i = 0; i < schema.size(); i++) {
                position.put(schema.get(i).getId(), i);
            }
            List<List<RowReference>> refsPerSet = new ArrayList<>();
            List<Long> processed = new ArrayList<>();
            List<Long> versions = new ArrayList<>();
            try (RowWriter w = new RowWriter(c, t.id(), schema)) {
                for (int s = 0; s < sets.size(); s++) {
                    version++;
                    ChangeSet set = sets.get(s);
                    List<RowReference> refs = new ArrayList<>();
                    List<Prepared> chunk = new ArrayList<>(CHUNK);
                    int r = 0;
                    for (RowChange change : set.changes()) {
                        try {
                            chunk.add(prepare(c, table, schema, position, change, r++, readVersions.get(s)));
                        } catch (SynapseSqlException e) {
                            throw TableErrors.api(e);
                        }
                        if (chunk.size() == CHUNK) {
                            writeChunk(w, chunk, version, nextRowId, set.collectRefs() ? refs : null);
                        }
                    }
                    writeChunk(w, chunk, version, nextRowId, set.collectRefs() ? refs : null);
                    refsPerSet.add(refs);
                    processed.add((long) r);
                    versions.add(version);
                }
            }
            List<SelectColumn> headers = new ArrayList<>();
            schema.forEach(m -> headers.add(new SelectColumn().setId(m.getId()).setName(m.getName())
                    .setColumnType(m.getColumnType())));
            List<Result> out = new ArrayList<>();
            for (int s = 0; s < sets.size(); s++) {
                TableStateStore.State after = states.recordChange(t.id(), versions.get(s), nextRowId[0]);
                out.add(new Result(new RowReferenceSet().setTableId(t.node().synId()).setEtag(after.etag())
                        .setHeaders(headers).setRows(refsPerSet.get(s)), processed.get(s)));
            }
            return out;
        });
    }

    private static void writeChunk(RowWriter w, List<Prepared> chunk, long version, long[] nextRowId,
                                   List<RowReference> refs) throws SQLException {
        for (Prepared p : chunk) {
            Long rowId = write(w, p, version, p.change.rowId() == null ? nextRowId[0] : null);
            if (rowId != null) {
                if (p.change.rowId() == null) {
                    nextRowId[0]++;
                }
                if (refs != null) {
                    refs.add(new RowReference().setRowId(rowId).setVersionNumber(version));
                }
            }
        }
        w.flush();
        chunk.clear();
    }

    /** Writes one prepared row; returns its row id, or null when nothing changed. */
    private static Long write(RowWriter w, Prepared p, long version, Long newRowId) throws SQLException {
        if (newRowId != null) {
            w.insert(newRowId, version, null, null, p.fullRow());
            return newRowId;
        }
        long rowId = p.change.rowId();
        if (p.change.isDelete()) {
            if (!p.exists) {
                return null;
            }
            w.delete(rowId);
        } else if (!p.cells.isEmpty()) {
            w.update(rowId, version, null, p.cells);
        } else {
            return null;
        }
        return rowId;
    }

    /** A validated row: the change, whether the row exists, and its converted cells by column. */
    private record Prepared(RowChange change, boolean exists, Map<ColumnModel, CellValue> cells) {
        List<CellValue> fullRow() {
            return new ArrayList<>(cells.values());
        }
    }

    private static Prepared prepare(Connection c, String table, List<ColumnModel> schema,
                                    Map<String, Integer> position, RowChange ch, int r, Long readVersion)
            throws SQLException {
        boolean exists = false;
        if (ch.rowId() != null) {
            Long current = currentVersion(c, table, ch.rowId());
            exists = current != null;
            if (!ch.isDelete() && !ch.values().isEmpty() && current == null) {
                throw ApiException.badRequest("Cannot update row: " + ch.rowId() + " because it does not exist.");
            }
            Long expected = ch.expectedVersion() != null ? ch.expectedVersion() : readVersion;
            if (current != null && expected != null && current > expected) {
                throw ApiException.preconditionFailed("Row id: " + ch.rowId() + " has been changed since last read."
                        + "  Please get the latest value for this row and then attempt to update it again.");
            }
        }
        Map<ColumnModel, CellValue> cells = new LinkedHashMap<>();
        if (ch.isDelete()) {
            return new Prepared(ch, exists, cells);
        }
        for (String key : ch.values().keySet()) {
            if (!position.containsKey(key)) {
                throw ApiException.badRequest("PartialRow.value.key: '" + key + "' is not a valid column ID for row ID: "
                        + ch.rowId());
            }
        }
        for (int col = 0; col < schema.size(); col++) {
            ColumnModel m = schema.get(col);
            boolean given = ch.values().containsKey(m.getId());
            if (!given && ch.rowId() != null) {
                continue;
            }
            String value = ch.values().get(m.getId());
            if (value == null) {
                value = m.getDefaultValue();
            }
            cells.put(m, CellCodec.toStorage(m, value, r, col));
        }
        return new Prepared(ch, exists, cells);
    }

    private static Long currentVersion(Connection c, String table, long rowId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT ROW_VERSION FROM " + table + " WHERE ROW_ID = ?")) {
            ps.setLong(1, rowId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}

package org.synapsejdbc.local.table.rows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.UploadToTableRequest;
import org.synapsejdbc.local.http.ApiException;

/**
 * The records of an uploaded CSV as row changes, read lazily (a large upload is never held in memory): header
 * names matched to column names, {@code ROW_ID}/{@code ROW_VERSION}/{@code ROW_ETAG} columns; a file with only
 * row columns deletes its rows; without a header the values follow the schema order (or {@code columnIds}).
 */
public final class CsvRows implements Iterable<RowChange>, AutoCloseable {

    private final BufferedReader reader;
    private final CsvReader csv;
    private final List<ColumnModel> schema;
    private final List<Integer> targets = new ArrayList<>();
    private int rowIdAt = -1;
    private int versionAt = -1;
    private int etagAt = -1;
    private boolean deleteOnly;
    private boolean iterated;

    CsvRows(BufferedReader reader, List<ColumnModel> schema, UploadToTableRequest req) throws IOException {
        this.reader = reader;
        this.schema = schema;
        this.csv = new CsvReader(reader, req.getCsvTableDescriptor());
        long skip = req.getLinesToSkip() == null ? 0 : req.getLinesToSkip();
        for (long i = 0; i < skip && csv.next() != null; i++) {
            // skipped
        }
        boolean header = req.getCsvTableDescriptor() == null || req.getCsvTableDescriptor().getIsFirstLineHeader() == null
                || req.getCsvTableDescriptor().getIsFirstLineHeader();
        if (header) {
            List<String> names = csv.next();
            for (int i = 0; names != null && i < names.size(); i++) {
                mapHeader(i, names.get(i) == null ? "" : names.get(i).trim());
            }
        } else {
            List<String> ids = req.getColumnIds();
            for (int i = 0; i < (ids == null ? schema.size() : ids.size()); i++) {
                targets.add(ids == null ? i : indexOfId(ids.get(i)));
            }
        }
        deleteOnly = rowIdAt >= 0 && targets.stream().allMatch(x -> x < 0);
    }

    private void mapHeader(int i, String name) {
        switch (name.toUpperCase(Locale.ROOT)) {
            case "ROW_ID" -> rowIdAt = i;
            case "ROW_VERSION" -> versionAt = i;
            case "ROW_ETAG" -> etagAt = i;
            default -> {
                targets.add(indexOfName(name));
                return;
            }
        }
        targets.add(-1);
    }

    private int indexOfName(String name) {
        for (int i = 0; i < schema.size(); i++) {
            if (schema.get(i).getName().equals(name)) {
                return i;
            }
        }
        throw ApiException.badRequest("The column name '" + name + "' does not exist in the schema of the table.");
    }

    private int indexOfId(String id) {
        for (int i = 0; i < schema.size(); i++) {
            if (schema.get(i).getId().equals(id)) {
                return i;
            }
        }
        throw ApiException.badRequest("Column ID " + id + " is not a column of the table.");
    }

    /** Single pass: the records are read from the file as the iterator advances. */
    @Override
    public Iterator<RowChange> iterator() {
        if (iterated) {
            throw new IllegalStateException("CSV rows can be read once");
        }
        iterated = true;
        return new Iterator<>() {
            private List<String> next = read();

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public RowChange next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                RowChange change = toChange(next);
                next = read();
                return change;
            }
        };
    }

    private List<String> read() {
        try {
            return csv.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private RowChange toChange(List<String> rec) {
        Long rowId = number(rec, rowIdAt, "ROW_ID");
        Long version = number(rec, versionAt, "ROW_VERSION");
        String etag = etagAt >= 0 && etagAt < rec.size() ? rec.get(etagAt) : null;
        if (deleteOnly) {
            return new RowChange(rowId, version, null, etag);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            int col = targets.get(i);
            if (col >= 0) {
                values.put(schema.get(col).getId(), i < rec.size() ? rec.get(i) : null);
            }
        }
        return new RowChange(rowId, version, values, etag);
    }

    private static Long number(List<String> rec, int at, String column) {
        if (at < 0 || at >= rec.size() || rec.get(at) == null) {
            return null;
        }
        try {
            return Long.parseLong(rec.get(at).trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Invalid " + column + ": " + rec.get(at));
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}

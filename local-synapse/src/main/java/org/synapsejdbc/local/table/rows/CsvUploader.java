package org.synapsejdbc.local.table.rows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.synapsejdbc.client.model.UploadToTableRequest;
import org.synapsejdbc.client.model.UploadToTableResult;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Caller;
import org.synapsejdbc.local.table.TableInfo;

/** {@code UploadToTableRequest}: opens an uploaded CSV file (the caller's own file handle) and applies its rows. */
public final class CsvUploader {

    /** Opens the bytes of a file handle for a caller (the files module checks ownership). */
    @FunctionalInterface
    public interface FileSource {
        InputStream open(Caller caller, String fileHandleId) throws IOException;
    }

    private final FileSource files;

    public CsvUploader(FileSource files) {
        this.files = files;
    }

    /** The CSV's rows, read lazily; the caller closes them. */
    public CsvRows open(Caller caller, TableInfo t, UploadToTableRequest req) {
        if (req.getUploadFileHandleId() == null) {
            throw ApiException.badRequest("UploadToTableRequest.uploadFileHandleId is required.");
        }
        try {
            InputStream in = files.open(caller, req.getUploadFileHandleId());
            return new CsvRows(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), t.columns(), req);
        } catch (IOException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** Streams the CSV into the table as one change set. */
    public UploadToTableResult upload(Caller caller, TableInfo t, UploadToTableRequest req, RowChangeApplier rows) {
        try (CsvRows csv = open(caller, t, req)) {
            RowChangeApplier.Result r = rows.applyAll(t, List.of(new RowChangeApplier.ChangeSet(csv,
                    req.getUpdateEtag(), false))).get(0);
            return new UploadToTableResult().setRowsProcessed(r.processed()).setEtag(r.refs().getEtag());
        } catch (IOException | UncheckedIOException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** All rows of the CSV in memory (writes through views, which are small). */
    public List<RowChange> changes(Caller caller, TableInfo t, UploadToTableRequest req) {
        try (CsvRows csv = open(caller, t, req)) {
            List<RowChange> out = new ArrayList<>();
            csv.forEach(out::add);
            return out;
        } catch (IOException | UncheckedIOException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }
}

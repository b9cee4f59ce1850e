package org.synapsejdbc.local.table.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.synapsejdbc.client.model.DownloadFromTableRequest;
import org.synapsejdbc.client.model.DownloadFromTableResult;
import org.synapsejdbc.client.model.S3FileHandle;
import org.synapsejdbc.client.model.SelectColumn;
import org.synapsejdbc.local.async.AsyncJobType;
import org.synapsejdbc.local.async.JobContext;
import org.synapsejdbc.local.files.FileHandleService;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.JsonBodies;
import org.synapsejdbc.local.http.RequestContext;
import org.synapsejdbc.local.sql.ParsedSql;

/**
 * {@code /entity/{id}/table/download/csv/async}: the whole result of a query (no page cap) written as CSV into a
 * new file handle owned by the caller, downloadable through {@code /fileHandle/batch} with a {@code TableEntity}
 * association.
 */
public final class CsvDownloadJob implements AsyncJobType<CsvDownloadJob.Started> {

    /** The parsed request. */
    public record Started(DownloadFromTableRequest request, ParsedSql parsed) {
    }

    private final QueryRunner runner;
    private final FileHandleService files;
    private final ResultFiles results;

    public CsvDownloadJob(QueryRunner runner, FileHandleService files, ResultFiles results) {
        this.runner = runner;
        this.files = files;
        this.results = results;
    }

    @Override
    public Started start(RequestContext ctx, JsonNode body) {
        DownloadFromTableRequest req = JsonBodies.convert(body, DownloadFromTableRequest.class);
        return new Started(req, runner.parseAtStart(req.getSql()));
    }

    @Override
    public Object requestBody(Started started) {
        return started.request();
    }

    @Override
    public Object run(JobContext<Started> job) throws IOException {
        DownloadFromTableRequest req = job.request().request();
        boolean header = req.getWriteHeader() == null || req.getWriteHeader();
        boolean rowMeta = req.getIncludeRowIdAndRowVersion() == null || req.getIncludeRowIdAndRowVersion();
        boolean etags = Boolean.TRUE.equals(req.getIncludeEntityEtag());
        QueryRunner.Params params = new QueryRunner.Params(req.getOffset(), req.getLimit(), req.getSort(),
                req.getAdditionalFilters(), etags);
        Path tmp = Files.createTempFile("local-synapse-csv", ".csv");
        try {
            DownloadFromTableResult result = runner.run(job, job.request().parsed(), params, (c, ready) -> {
                if (ready.table().columns().isEmpty()) {
                    throw ApiException.badRequest("Table " + ready.table().node().synId() + " has an empty schema");
                }
                List<SelectColumn> headers = ready.query().selectColumns();
                boolean meta = rowMeta && !ready.query().aggregated();
                boolean withEtag = meta && etags && ready.table().isView();
                try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(tmp),
                        StandardCharsets.UTF_8))) {
                    CsvWriter csv = new CsvWriter(w, req.getCsvTableDescriptor());
                    if (header) {
                        List<String> names = new ArrayList<>();
                        if (meta) {
                            names.add("ROW_ID");
                            names.add("ROW_VERSION");
                            if (withEtag) {
                                names.add("ROW_ETAG");
                            }
                        }
                        headers.forEach(h -> names.add(h.getName()));
                        csv.write(names);
                    }
                    ready.query().executeAll(c, (rowId, version, etag, values) -> {
                        List<String> fields = new ArrayList<>();
                        if (meta) {
                            fields.add(rowId == null ? null : rowId.toString());
                            fields.add(version == null ? null : version.toString());
                            if (withEtag) {
                                fields.add(etag);
                            }
                        }
                        fields.addAll(values);
                        try {
                            csv.write(fields);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return new DownloadFromTableResult().setTableId(ready.table().node().synId())
                        .setEtag(ready.etag()).setHeaders(headers);
            });
            String name = req.getFileName() != null ? req.getFileName() : "Job-" + job.jobId() + ".csv";
            S3FileHandle h;
            try (InputStream in = Files.newInputStream(tmp)) {
                h = files.create(job.caller().userId(), name, "text/csv", in);
            }
            results.record(h.getId(), Long.parseLong(result.getTableId().substring(3)));
            return result.setResultsFileHandleId(h.getId());
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

package org.synapsejdbc.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.synapsejdbc.client.async.PollSchedule;

/**
 * The baseline: a minimal hand-written Synapse REST client — OkHttp and Jackson trees, start a job, poll it every
 * {@code pollMillis} (first poll immediately), get the result. No Calcite, no synapse-client: what a user would write
 * by hand, and so the fastest the wire allows for the same requests.
 */
public final class RawRestClient implements AutoCloseable {
    static final String QUERY_BUNDLE = "org.sagebionetworks.repo.model.table.QueryBundleRequest";
    private static final MediaType JSON = MediaType.get("application/json");
    private static final int PART_RESULTS = 0x1;
    private static final int PART_COUNT = 0x2;
    private static final int PART_MAX_ROWS_PER_PAGE = 0x8;

    private final OkHttpClient http;
    private final ObjectMapper mapper = new ObjectMapper();
    private final String base;
    private final String token;
    private final long pollMillis;
    /** When set, polls follow this schedule (as the driver's job runner does) instead of every {@code pollMillis}. */
    private final PollSchedule schedule;

    /** The result of one async job and how many GETs it took to see it. */
    public record JobResult(JsonNode body, int polls) {
    }

    /** {@code baseUrl} = {@code http://host:port} (the server, or a proxy in front of it). */
    public RawRestClient(String baseUrl, String token, long pollMillis) {
        this(baseUrl, token, pollMillis, null);
    }

    /**
     * A client polling on {@code schedule} (e.g. synapse-client's {@link PollSchedule#DEFAULT}): the same requests at
     * the same moments as the driver, for cases that compare the driver's own work rather than polling policies.
     */
    public RawRestClient(String baseUrl, String token, PollSchedule schedule) {
        this(baseUrl, token, 0, schedule);
    }

    private RawRestClient(String baseUrl, String token, long pollMillis, PollSchedule schedule) {
        this.base = baseUrl;
        this.token = token;
        this.pollMillis = pollMillis;
        this.schedule = schedule;
        this.http = new OkHttpClient.Builder().readTimeout(Duration.ofMinutes(5)).retryOnConnectionFailure(false).build();
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    public JsonNode get(String path) throws IOException {
        return send(new Request.Builder().url(base + path).get());
    }

    public JsonNode post(String path, Object body) throws IOException {
        byte[] bytes = body instanceof byte[] b ? b : mapper.writeValueAsBytes(body);
        return send(new Request.Builder().url(base + path).post(RequestBody.create(bytes, JSON)));
    }

    private JsonNode send(Request.Builder b) throws IOException {
        try (Response r = http.newCall(b.header("Authorization", "Bearer " + token).build()).execute()) {
            String text = r.body().string();
            if (!r.isSuccessful()) {
                throw new IOException(r.code() + " " + text);
            }
            return text.isEmpty() ? mapper.createObjectNode() : mapper.readTree(text);
        }
    }

    /** POST {@code basePath/start}, then GET {@code basePath/get/{token}} until it is not 202. */
    public JobResult runJob(String basePath, Object body) throws IOException, InterruptedException {
        String jobToken = post(basePath + "/start", body).get("token").asText();
        int polls = 0;
        long started = System.nanoTime();
        while (true) {
            polls++;
            long sent = System.nanoTime();
            Request req = new Request.Builder().url(base + basePath + "/get/" + jobToken)
                    .header("Authorization", "Bearer " + token).get().build();
            try (Response r = http.newCall(req).execute()) {
                if (r.code() != 202) {
                    String text = r.body().string();
                    if (!r.isSuccessful()) {
                        throw new IOException(r.code() + " " + text);
                    }
                    return new JobResult(mapper.readTree(text), polls);
                }
            }
            if (schedule == null) {
                Thread.sleep(pollMillis);
            } else {
                // Counted from when the poll was sent, as the driver's job runner counts it.
                long delay = schedule.nextDelay(Duration.ofNanos(sent - started)).toNanos() - (System.nanoTime() - sent);
                if (delay > 0) {
                    Thread.sleep(delay / 1_000_000, (int) (delay % 1_000_000));
                }
            }
        }
    }

    /** One query job (offset/limit as given, null = server default). */
    public JobResult queryJob(String tableId, String sql, Long offset, Long limit, int partMask, boolean sortByRowId)
            throws IOException, InterruptedException {
        ObjectNode body = mapper.createObjectNode().put("concreteType", QUERY_BUNDLE).put("entityId", tableId)
                .put("partMask", partMask);
        ObjectNode query = body.putObject("query").put("sql", sql);
        if (offset != null) {
            query.put("offset", offset);
        }
        if (limit != null) {
            query.put("limit", limit);
        }
        if (sortByRowId) {
            query.putArray("sort").addObject().put("column", "ROW_ID").put("direction", "ASC");
        }
        return runJob("/repo/v1/entity/" + tableId + "/table/query/async", body);
    }

    /** The number of rows a statement returns ({@code queryCount}, partMask 0x2). */
    public long count(String tableId, String sql) throws IOException, InterruptedException {
        return queryJob(tableId, sql, 0L, 1L, PART_COUNT, false).body().get("queryCount").asLong();
    }

    /**
     * Every row of a statement, page by page ({@code maxRowsPerPage} from the first page, our own offset/limit,
     * stop at a short page). Returns the rows read; each row's values go to {@code sink}.
     */
    public long queryAll(String tableId, String sql, boolean sortByRowId, Consumer<String[]> sink)
            throws IOException, InterruptedException {
        JsonNode first = queryJob(tableId, sql, null, null, PART_RESULTS | PART_MAX_ROWS_PER_PAGE, sortByRowId).body();
        long pageSize = first.get("maxRowsPerPage").asLong();
        long rows = emit(first.get("queryResult"), sink);
        long got = rows;
        while (got == pageSize) {
            got = emit(queryJob(tableId, sql, rows, pageSize, PART_RESULTS, sortByRowId).body().get("queryResult"), sink);
            rows += got;
        }
        return rows;
    }

    private static long emit(JsonNode queryResult, Consumer<String[]> sink) {
        ArrayNode rows = (ArrayNode) queryResult.get("queryResults").get("rows");
        if (rows == null) {
            return 0;
        }
        for (JsonNode row : rows) {
            JsonNode values = row.get("values");
            String[] out = new String[values.size()];
            for (int i = 0; i < out.length; i++) {
                JsonNode v = values.get(i);
                out[i] = v.isNull() ? null : v.asText();
            }
            sink.accept(out);
        }
        return rows.size();
    }

    /**
     * The whole result of a statement as CSV: download job, {@code /fileHandle/batch} for the presigned URL, GET it,
     * parse the records (header skipped). Returns the rows read.
     */
    public long queryCsv(String tableId, String sql, Consumer<String[]> sink) throws IOException, InterruptedException {
        ObjectNode body = mapper.createObjectNode()
                .put("concreteType", "org.sagebionetworks.repo.model.table.DownloadFromTableRequest")
                .put("entityId", tableId).put("sql", sql).put("writeHeader", true)
                .put("includeRowIdAndRowVersion", false);
        String fileHandleId = runJob("/repo/v1/entity/" + tableId + "/table/download/csv/async", body).body()
                .get("resultsFileHandleId").asText();
        ObjectNode batch = mapper.createObjectNode().put("includePreSignedURLs", true).put("includeFileHandles", false);
        batch.putArray("requestedFiles").addObject().put("fileHandleId", fileHandleId)
                .put("associateObjectId", tableId).put("associateObjectType", "TableEntity");
        String url = post("/file/v1/fileHandle/batch", batch).get("requestedFiles").get(0).get("preSignedURL").asText();
        // A presigned URL carries its own authorization: no token to the storage.
        try (Response r = http.newCall(new Request.Builder().url(url).get().build()).execute()) {
            if (!r.isSuccessful()) {
                throw new IOException(r.code() + " downloading the CSV");
            }
            try (InputStream in = r.body().byteStream();
                 Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return CsvRecords.read(reader, true, sink);
            }
        }
    }

    /** Appends rows with one table transaction ({@code AppendableRowSetRequest} of a {@code RowSet}); body pre-built. */
    public void appendTransaction(String tableId, byte[] transactionBody) throws IOException, InterruptedException {
        runJob("/repo/v1/entity/" + tableId + "/table/transaction/async", transactionBody);
    }

    /** Lists the caller's projects (all pages); returns their ids. Counts one request per page in {@code requests}. */
    public List<String> projects(int[] requests) throws IOException {
        List<String> ids = new ArrayList<>();
        String next = null;
        do {
            JsonNode page = get("/repo/v1/projects" + (next == null ? "" : "?nextPageToken=" + next));
            requests[0]++;
            page.get("results").forEach(p -> ids.add(p.get("id").asText()));
            next = page.hasNonNull("nextPageToken") ? page.get("nextPageToken").asText() : null;
        } while (next != null);
        return ids;
    }

    /** The ids of the tables directly in a container (all pages). */
    public List<String> tables(String parentId, int[] requests) throws IOException {
        List<String> ids = new ArrayList<>();
        String next = null;
        do {
            ObjectNode body = mapper.createObjectNode().put("parentId", parentId);
            body.putArray("includeTypes").add("table");
            if (next != null) {
                body.put("nextPageToken", next);
            }
            JsonNode page = post("/repo/v1/entity/children", body);
            requests[0]++;
            page.get("page").forEach(h -> ids.add(h.get("id").asText()));
            next = page.hasNonNull("nextPageToken") ? page.get("nextPageToken").asText() : null;
        } while (next != null);
        return ids;
    }

    /** The column models of a table (one {@code bundle2} request). */
    public JsonNode columns(String tableId) throws IOException {
        ObjectNode body = mapper.createObjectNode().put("includeEntity", true).put("includeTableBundle", true);
        return post("/repo/v1/entity/" + tableId + "/bundle2", body).get("tableBundle").get("columnModels");
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}

package org.synapsejdbc.local.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.synapsejdbc.local.support.Bodies;
import org.synapsejdbc.local.support.Http;

/** Helpers for table tests over real HTTP: projects, columns, tables, jobs (start + poll), queries, uploads. */
final class TableTestSupport {

    static final String COLUMN = "org.sagebionetworks.repo.model.table.ColumnModel";
    static final String CM_LIST = "ListWrapper<" + COLUMN + ">";
    static final String BUNDLE = "org.sagebionetworks.repo.model.table.QueryResultBundle";
    static final String TX_RESPONSE = "org.sagebionetworks.repo.model.table.TableUpdateTransactionResponse";
    static final String STATUS = "org.sagebionetworks.repo.model.asynch.AsynchronousJobStatus";
    static final String TABLE = "org.sagebionetworks.repo.model.table.TableEntity";
    static final String VIEW = "org.sagebionetworks.repo.model.table.EntityView";

    final Http http;

    TableTestSupport(Http http) {
        this.http = http;
    }

    String project() {
        return http.post("/repo/v1/entity", Bodies.entity(Bodies.PROJECT, Bodies.unique("tables"), null))
                .expect(201).text("id");
    }

    static ObjectNode col(String name, String type) {
        return Bodies.obj().put("name", name).put("columnType", type);
    }

    /** Creates the columns (batch) and returns their ids. */
    List<String> columns(ObjectNode... defs) {
        ObjectNode body = Bodies.obj().put("concreteType", "org.sagebionetworks.repo.model.ListWrapper");
        ArrayNode list = body.putArray("list");
        for (ObjectNode d : defs) {
            list.add(d);
        }
        JsonNode r = http.post("/repo/v1/column/batch", body).expect(201, CM_LIST).json();
        List<String> ids = new ArrayList<>();
        r.get("list").forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    String table(String parent, List<String> columnIds) {
        ObjectNode body = Bodies.entity(TABLE, Bodies.unique("t"), parent);
        ArrayNode ids = body.putArray("columnIds");
        columnIds.forEach(ids::add);
        return http.post("/repo/v1/entity", body).expect(201, TABLE).text("id");
    }

    /** Starts a job and polls it until it is no longer 202; returns the final response. */
    Http.Res job(String basePath, Object body) {
        Http.Res start = http.post(basePath + "/start", body);
        if (start.status() != 201) {
            return start;
        }
        String token = start.text("token");
        for (int i = 0; i < 600; i++) {
            Http.Res r = http.get(basePath + "/get/" + token);
            if (r.status() != 202) {
                return r;
            }
            r.expect(202, STATUS);
            sleep(20);
        }
        throw new AssertionError("job did not finish: " + basePath);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A transaction with the given changes. */
    Http.Res transaction(String tableId, ObjectNode... changes) {
        ObjectNode body = Bodies.obj().put("concreteType",
                "org.sagebionetworks.repo.model.table.TableUpdateTransactionRequest").put("entityId", tableId);
        ArrayNode arr = body.putArray("changes");
        for (ObjectNode c : changes) {
            arr.add(c);
        }
        return job("/repo/v1/entity/" + tableId + "/table/transaction/async", body);
    }

    /** An AppendableRowSetRequest with a PartialRowSet; rows are {rowId|null, etag|null, values(colId→value)|null}. */
    static ObjectNode partialRows(String tableId, ObjectNode... rows) {
        ObjectNode change = Bodies.obj().put("concreteType", "org.sagebionetworks.repo.model.table.AppendableRowSetRequest")
                .put("entityId", tableId);
        ObjectNode set = change.putObject("toAppend").put("concreteType",
                "org.sagebionetworks.repo.model.table.PartialRowSet").put("tableId", tableId);
        ArrayNode arr = set.putArray("rows");
        for (ObjectNode r : rows) {
            arr.add(r);
        }
        return change;
    }

    /** A PartialRow inserting/updating the given colId,value pairs. */
    static ObjectNode row(Long rowId, String... kv) {
        ObjectNode r = Bodies.obj();
        if (rowId != null) {
            r.put("rowId", rowId);
        }
        ArrayNode values = r.putArray("values");
        for (int i = 0; i < kv.length; i += 2) {
            ObjectNode e = values.addObject().put("key", kv[i]);
            if (kv[i + 1] == null) {
                e.putNull("value");
            } else {
                e.put("value", kv[i + 1]);
            }
        }
        return r;
    }

    Http.Res query(String tableId, String sql, long mask) {
        ObjectNode body = Bodies.obj().put("concreteType", "org.sagebionetworks.repo.model.table.QueryBundleRequest")
                .put("entityId", tableId).put("partMask", mask);
        body.putObject("query").put("sql", sql);
        return job("/repo/v1/entity/" + tableId + "/table/query/async", body);
    }

    /** The rows' values of a successful query (mask must include 1). */
    List<List<String>> values(String tableId, String sql) {
        JsonNode b = query(tableId, sql, 1).expect(201, BUNDLE).json();
        List<List<String>> out = new ArrayList<>();
        for (JsonNode r : b.get("queryResult").get("queryResults").get("rows")) {
            List<String> vals = new ArrayList<>();
            r.get("values").forEach(v -> vals.add(v.isNull() ? null : v.asText()));
            out.add(vals);
        }
        return out;
    }

    /** Uploads bytes with the multipart protocol and returns the file handle id. */
    String upload(String fileName, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        String md5 = md5(bytes);
        ObjectNode req = Bodies.obj().put("concreteType", "org.sagebionetworks.repo.model.file.MultipartUploadRequest")
                .put("fileName", fileName).put("contentType", "text/csv").put("contentMD5Hex", md5)
                .put("fileSizeBytes", bytes.length).put("partSizeBytes", 5 * 1024 * 1024).put("storageLocationId", 1)
                .put("generatePreview", false);
        JsonNode status = http.post("/file/v1/file/multipart", req).expect(201).json();
        String uploadId = status.get("uploadId").asText();
        JsonNode urls = http.post("/file/v1/file/multipart/" + uploadId + "/presigned/url/batch",
                Bodies.obj().put("uploadId", uploadId).set("partNumbers", Bodies.obj().arrayNode().add(1)))
                .expect(201).json();
        String url = urls.get("partPresignedUrls").get(0).get("uploadPresignedUrl").asText();
        try {
            HttpResponse<String> put = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofString());
            if (put.statusCode() != 200) {
                throw new AssertionError("part PUT " + put.statusCode() + " " + put.body());
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        http.put("/file/v1/file/multipart/" + uploadId + "/add/1?partMD5Hex=" + md5, null).expect(201);
        return http.put("/file/v1/file/multipart/" + uploadId + "/complete", null).expect(201).text("resultFileHandleId");
    }

    /** Downloads a file handle's bytes through /fileHandle/batch with a TableEntity association. */
    String downloadThroughTable(String tableId, String fileHandleId) {
        ObjectNode body = Bodies.obj().put("includePreSignedURLs", true).put("includeFileHandles", true);
        body.putArray("requestedFiles").addObject().put("fileHandleId", fileHandleId)
                .put("associateObjectId", tableId).put("associateObjectType", "TableEntity");
        JsonNode r = http.post("/file/v1/fileHandle/batch", body).expect(201,
                "org.sagebionetworks.repo.model.file.BatchFileResult").json();
        JsonNode first = r.get("requestedFiles").get(0);
        if (first.get("preSignedURL") == null) {
            throw new AssertionError("no URL: " + r);
        }
        try {
            HttpResponse<String> get = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(first.get("preSignedURL").asText())).GET().build(), HttpResponse.BodyHandlers.ofString());
            return get.body();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String md5(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(b));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}

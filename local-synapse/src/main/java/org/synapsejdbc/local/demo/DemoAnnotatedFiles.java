package org.synapsejdbc.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Two annotated CSV files with two versions each: {@code sample_metadata.csv} and {@code analysis_results.csv}.
 * Version 1 and version 2 differ in content and in annotation values, so version-aware reads can be checked.
 */
final class DemoAnnotatedFiles implements DemoPiece {

    static final String SAMPLES = "samples";
    static final String RESULTS = "results";

    @Override
    public String name() {
        return "annotated-files";
    }

    static String samplesV1() {
        return "sample,tissue,age\nS1,liver,34\nS2,brain,51\nS3,liver,29\n";
    }

    static String samplesV2() {
        return "sample,tissue,age\nS1,liver,34\nS2,brain,51\nS3,liver,29\nS4,heart,62\n";
    }

    static String resultsV1() {
        return "gene,log2FoldChange,pValue\nTP53,1.52,0.0004\nBRCA1,-0.87,0.0210\n";
    }

    static String resultsV2() {
        return "gene,log2FoldChange,pValue\nTP53,1.49,0.0003\nBRCA1,-0.91,0.0180\nEGFR,2.10,0.0001\n";
    }

    @Override
    public void seed(DemoContext demo) throws Exception {
        String folder = demo.recall(DemoProject.FOLDER);
        String samples = twoVersions(demo, folder, "sample_metadata.csv", samplesV1(), samplesV2(),
                "sample sheet", 3, 4);
        String results = twoVersions(demo, folder, "analysis_results.csv", resultsV1(), resultsV2(),
                "differential expression", 2, 3);
        demo.remember(SAMPLES, samples);
        demo.remember(RESULTS, results);
    }

    private static String twoVersions(DemoContext demo, String folder, String name, String v1, String v2,
                                      String dataType, long rowsV1, long rowsV2) throws Exception {
        DemoApi api = demo.api();
        JsonNode created = api.post("/repo/v1/entity", api.object()
                .put("concreteType", "org.sagebionetworks.repo.model.FileEntity").put("name", name)
                .put("parentId", folder).put("dataFileHandleId", demo.storeText(name, "text/csv", v1))
                .put("versionComment", "first version"));
        String id = created.get("id").asText();
        annotate(api, id, dataType, rowsV1, 1);
        ObjectNode update = (ObjectNode) api.get("/repo/v1/entity/" + id);
        update.put("dataFileHandleId", demo.storeText(name, "text/csv", v2));
        update.put("versionComment", "second version: more rows");
        api.put("/repo/v1/entity/" + id + "?newVersion=true", update);
        annotate(api, id, dataType, rowsV2, 2);
        return id;
    }

    private static void annotate(DemoApi api, String id, String dataType, long rows, int version) {
        JsonNode current = api.get("/repo/v1/entity/" + id + "/annotations2");
        ObjectNode body = api.object().put("id", id).put("etag", current.get("etag").asText());
        ObjectNode a = body.putObject("annotations");
        value(a, "dataType", "STRING", dataType);
        value(a, "species", "STRING", "Homo sapiens");
        value(a, "rowCount", "LONG", Long.toString(rows));
        value(a, "qualityScore", "DOUBLE", version == 1 ? "0.87" : "0.93");
        value(a, "reviewed", "BOOLEAN", version == 1 ? "false" : "true");
        value(a, "releasedOn", "TIMESTAMP_MS", version == 1 ? "1704067200000" : "1719792000000");
        api.put("/repo/v1/entity/" + id + "/annotations2", body);
    }

    private static void value(ObjectNode annotations, String key, String type, String value) {
        ObjectNode v = annotations.putObject(key).put("type", type);
        v.putArray("value").add(value);
    }
}

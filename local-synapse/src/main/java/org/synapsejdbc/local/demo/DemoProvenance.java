package org.synapsejdbc.local.demo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Provenance: an activity that {@code used} the matrix file (version 1) and {@code executed} a script URL, recorded
 * as what generated the current version of {@code analysis_results.csv}.
 */
final class DemoProvenance implements DemoPiece {

    static final String SCRIPT_URL = "https://github.com/Sage-Bionetworks/synapsePythonClient";

    @Override
    public String name() {
        return "provenance";
    }

    @Override
    public void seed(DemoContext demo) {
        DemoApi api = demo.api();
        ObjectNode activity = api.object().put("name", "Differential expression analysis")
                .put("description", "Computed analysis_results.csv from the demo matrix");
        ArrayNode used = activity.putArray("used");
        ObjectNode entity = used.addObject().put("concreteType",
                "org.sagebionetworks.repo.model.provenance.UsedEntity").put("wasExecuted", false);
        entity.putObject("reference").put("targetId", demo.recall(DemoMatrixFile.MATRIX))
                .put("targetVersionNumber", 1);
        used.addObject().put("concreteType", "org.sagebionetworks.repo.model.provenance.UsedURL")
                .put("url", SCRIPT_URL).put("name", "analysis script").put("wasExecuted", true);
        String activityId = api.post("/repo/v1/activity", activity).get("id").asText();
        api.put("/repo/v1/entity/" + demo.recall(DemoAnnotatedFiles.RESULTS) + "/generatedBy?generatedBy="
                + activityId, null);
        demo.remember("activity", activityId);
    }
}

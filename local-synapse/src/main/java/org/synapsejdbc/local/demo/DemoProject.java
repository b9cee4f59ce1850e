package org.synapsejdbc.local.demo;

import org.synapsejdbc.local.acl.AclRoutes;

/**
 * The public demo project (READ for everybody including anonymous, READ+DOWNLOAD for every signed-in user) and its
 * folder {@code Data}.
 */
final class DemoProject implements DemoPiece {

    static final String PROJECT = "project";
    static final String FOLDER = "folder";
    static final String PROJECT_NAME = "local-synapse demo";

    @Override
    public String name() {
        return "project";
    }

    @Override
    public void seed(DemoContext demo) {
        DemoApi api = demo.api();
        String project = api.post("/repo/v1/entity", api.object()
                .put("concreteType", "org.sagebionetworks.repo.model.Project").put("name", PROJECT_NAME)
                .put("description", "Demo data of local-synapse: a matrix file, annotated and versioned files, "
                        + "provenance")).get("id").asText();
        AclRoutes.makePublic(demo.entities(), demo.owner(), project);
        String folder = api.post("/repo/v1/entity", api.object()
                .put("concreteType", "org.sagebionetworks.repo.model.Folder").put("name", "Data")
                .put("parentId", project)).get("id").asText();
        demo.remember(PROJECT, project);
        demo.remember(FOLDER, folder);
    }
}

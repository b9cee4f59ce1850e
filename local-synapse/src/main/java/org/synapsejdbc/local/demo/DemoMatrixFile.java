package org.synapsejdbc.local.demo;

import java.util.Locale;
import java.util.Random;

/**
 * {@code matrix_100x4.tsv} in the demo folder: a tab-delimited header plus 100 rows of 4 numbers, like the
 * Synapse tutorial's {@code syn1899498}; the numbers come from a fixed seed, so every demo store has the same bytes.
 */
final class DemoMatrixFile implements DemoPiece {

    static final String MATRIX = "matrix";
    static final String FILE_NAME = "matrix_100x4.tsv";

    @Override
    public String name() {
        return "matrix-file";
    }

    /** The file's exact content. */
    static String content() {
        Random r = new Random(1899498L);
        StringBuilder s = new StringBuilder("V1\tV2\tV3\tV4\n");
        for (int row = 0; row < 100; row++) {
            for (int col = 0; col < 4; col++) {
                s.append(col == 0 ? "" : "\t").append(String.format(Locale.ROOT, "%.4f", r.nextGaussian()));
            }
            s.append('\n');
        }
        return s.toString();
    }

    @Override
    public void seed(DemoContext demo) throws Exception {
        String handle = demo.storeText(FILE_NAME, "text/tab-separated-values", content());
        DemoApi api = demo.api();
        String id = api.post("/repo/v1/entity", api.object()
                .put("concreteType", "org.sagebionetworks.repo.model.FileEntity").put("name", FILE_NAME)
                .put("parentId", demo.recall(DemoProject.FOLDER)).put("dataFileHandleId", handle)
                .put("description", "A 100 x 4 matrix of normally distributed numbers (tab-delimited, with header)"))
                .get("id").asText();
        demo.remember(MATRIX, id);
    }
}

package org.synapsejdbc.local.table.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.local.table.rows.RowChange;

/**
 * Deterministic rows for the demo table: every column type, with nulls, NaN/±Infinity, case and accent variants of
 * the same words (to show case- and accent-insensitive comparison) and lists of varying length.
 */
final class DemoRows {

    static final String[] SPECIES = {"Human", "human", "Mouse", "MOUSE", "Rat", "Zebrafish", "Yeast", "Drosophila"};
    static final String[] SITES = {"Zürich", "zurich", "São Paulo", "Sao Paulo", "Montréal", "montreal", "Seattle"};
    static final long BASE_DATE = 1_577_836_800_000L; // 2020-01-01T00:00:00Z

    private DemoRows() {
    }

    /** The definitions of the demo table's columns. */
    static List<ColumnModel> columns() {
        List<ColumnModel> c = new ArrayList<>();
        c.add(col("sample", ColumnType.STRING).setMaximumSize(20L));
        c.add(col("species", ColumnType.STRING).setMaximumSize(20L).setFacetType(org.synapsejdbc.client.model.FacetType.enumeration));
        c.add(col("site", ColumnType.STRING).setMaximumSize(30L));
        c.add(col("age", ColumnType.INTEGER));
        c.add(col("score", ColumnType.DOUBLE));
        c.add(col("passed", ColumnType.BOOLEAN));
        c.add(col("collected", ColumnType.DATE));
        c.add(col("source", ColumnType.ENTITYID));
        c.add(col("curator", ColumnType.USERID));
        c.add(col("dataFile", ColumnType.FILEHANDLEID));
        c.add(col("submission", ColumnType.SUBMISSIONID));
        c.add(col("evaluation", ColumnType.EVALUATIONID));
        c.add(col("homepage", ColumnType.LINK).setMaximumSize(100L));
        c.add(col("notes", ColumnType.MEDIUMTEXT));
        c.add(col("protocol", ColumnType.LARGETEXT));
        c.add(col("metadata", ColumnType.JSON));
        c.add(col("tags", ColumnType.STRING_LIST).setMaximumSize(20L).setMaximumListLength(5L));
        c.add(col("counts", ColumnType.INTEGER_LIST).setMaximumListLength(5L));
        c.add(col("flags", ColumnType.BOOLEAN_LIST).setMaximumListLength(3L));
        c.add(col("visits", ColumnType.DATE_LIST).setMaximumListLength(4L));
        c.add(col("related", ColumnType.ENTITYID_LIST).setMaximumListLength(3L));
        c.add(col("reviewers", ColumnType.USERID_LIST).setMaximumListLength(3L));
        return c;
    }

    private static ColumnModel col(String name, ColumnType type) {
        return new ColumnModel().setName(name).setColumnType(type);
    }

    /** {@code count} insert changes for the created columns (ids set), from a fixed seed. */
    static List<RowChange> rows(List<ColumnModel> cols, int count, long sourceEntity, String fileHandleId,
                                long curator) {
        Random rnd = new Random(20241024L);
        List<RowChange> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> v = new LinkedHashMap<>();
            put(v, cols, "sample", String.format("S%04d", i + 1));
            put(v, cols, "species", SPECIES[rnd.nextInt(SPECIES.length)]);
            put(v, cols, "site", i % 17 == 0 ? null : SITES[rnd.nextInt(SITES.length)]);
            put(v, cols, "age", i % 13 == 0 ? null : Integer.toString(1 + rnd.nextInt(90)));
            String score = switch (i % 50) {
                case 7 -> "NaN";
                case 8 -> "Infinity";
                case 9 -> "-Infinity";
                case 10 -> null;
                default -> String.format("%.3f", rnd.nextDouble() * 100);
            };
            put(v, cols, "score", score);
            put(v, cols, "passed", i % 11 == 0 ? null : Boolean.toString(rnd.nextBoolean()));
            put(v, cols, "collected", Long.toString(BASE_DATE + (long) i * 86_400_000L + rnd.nextInt(86_400_000)));
            put(v, cols, "source", i % 3 == 0 ? "syn" + sourceEntity : null);
            put(v, cols, "curator", Long.toString(curator));
            put(v, cols, "dataFile", i % 100 == 0 ? fileHandleId : null);
            put(v, cols, "submission", Long.toString(9_600_000L + i));
            put(v, cols, "evaluation", Long.toString(9_610_000L + i % 4));
            put(v, cols, "homepage", "https://example.org/samples/" + (i + 1));
            put(v, cols, "notes", i % 5 == 0 ? "Sample " + (i + 1) + " was re-run after QC; see \"protocol\"." : null);
            put(v, cols, "protocol", i % 200 == 0 ? "Step 1: collect.\nStep 2: sequence.\nStep 3: analyse." : null);
            put(v, cols, "metadata", "{\"batch\": " + (i / 100) + ", \"plate\": \"P" + (i % 8) + "\"}");
            int n = rnd.nextInt(4);
            List<String> tags = new ArrayList<>();
            List<String> counts = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                tags.add("\"" + new String[]{"rna", "dna", "pilot", "control", "Case"}[rnd.nextInt(5)] + "\"");
                counts.add(Integer.toString(rnd.nextInt(1000)));
            }
            put(v, cols, "tags", n == 0 ? null : "[" + String.join(",", tags) + "]");
            put(v, cols, "counts", n == 0 ? null : "[" + String.join(",", counts) + "]");
            put(v, cols, "flags", "[" + rnd.nextBoolean() + "," + rnd.nextBoolean() + "]");
            put(v, cols, "visits", "[" + (BASE_DATE + i * 1000L) + "," + (BASE_DATE + i * 2000L) + "]");
            put(v, cols, "related", i % 4 == 0 ? "[\"syn" + sourceEntity + "\"]" : null);
            put(v, cols, "reviewers", "[" + curator + "]");
            out.add(new RowChange(null, null, v));
        }
        return out;
    }

    private static void put(Map<String, String> values, List<ColumnModel> cols, String name, String value) {
        for (ColumnModel m : cols) {
            if (m.getName().equals(name)) {
                values.put(m.getId(), value);
                return;
            }
        }
        throw new IllegalArgumentException("no demo column " + name);
    }
}

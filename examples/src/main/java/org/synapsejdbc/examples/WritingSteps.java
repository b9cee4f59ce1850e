package org.synapsejdbc.examples;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The storing half of the tutorial, all through {@code CALL}: create a project and a folder, upload a file with a
 * description and again under another name, annotate it, store a new version and read version 1 back, and record
 * provenance; each change is read back through the {@code synapse} system tables.
 */
final class WritingSteps {
  /** The script the tutorial says it "executed" in its provenance record. */
  static final String SCRIPT_URL = "https://github.com/synapse-jdbc/synapse-jdbc/blob/main/examples/src/main/java/"
      + "org/synapsejdbc/examples/Tutorial.java";
  static final String PROJECT_DESCRIPTION = "Made by the synapse-jdbc tutorial";
  static final String FOLDER = "Data";
  static final String COPY_NAME = "matrix copy.tsv";
  static final String DESCRIPTION = "The tutorial's 100x4 matrix, uploaded through JDBC";
  static final String COPY_DESCRIPTION = "The same bytes, another name";
  static final String ANNOTATIONS = "{\"species\":\"Homo sapiens\",\"dataType\":\"matrix\",\"rowCount\":100}";
  private static final String[] ENTITY_COLUMNS = {"id", "name", "entity_type", "parent_id", "version_number",
      "action"};
  private static final String[] FILE_COLUMNS = {"id", "name", "version_number", "content_size", "content_md5",
      "action"};

  private final StepRunner runner;
  private final TutorialSession session;

  WritingSteps(StepRunner runner, TutorialSession session) {
    this.runner = runner;
    this.session = session;
  }

  void run() {
    createProject();
    createFolder();
    upload();
    annotate();
    newVersion();
    provenance();
  }

  private Connection c() {
    return session.connection();
  }

  private void createProject() {
    runner.step("Create a project", List.of("connected"), out -> {
      // Project names are unique across Synapse: a time stamp and a random suffix make this one new.
      String name = "JDBC tutorial " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH.mm.ss"))
          + " " + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
      Row r = out.queryOne(c(), "CALL create_project(?, ?)", name, PROJECT_DESCRIPTION);
      out.table(List.of(Sql.pick(r, ENTITY_COLUMNS)), 1);
      out.value("projectId", r.text("id"));
      out.value("projectName", r.text("name"));
    });
  }

  private void createFolder() {
    runner.step("Create a folder", List.of("projectId"), out -> {
      Row r = out.queryOne(c(), "CALL create_folder(?, ?)", runner.<String>get("projectId"), FOLDER);
      out.table(List.of(Sql.pick(r, ENTITY_COLUMNS)), 1);
      out.value("folderId", r.text("id"));
    });
  }

  private void upload() {
    runner.step("Upload a file with a description, and again under another name", List.of("folderId",
        "downloadPath"), out -> {
      String folder = runner.get("folderId");
      String path = runner.get("downloadPath");
      Row file = out.queryOne(c(), "CALL store_file(?, ?, NULL, ?)", folder, path, DESCRIPTION);
      Row copy = out.queryOne(c(), "CALL store_file(?, ?, ?, ?)", folder, path, COPY_NAME, COPY_DESCRIPTION);
      out.table(List.of(Sql.pick(file, FILE_COLUMNS), Sql.pick(copy, FILE_COLUMNS)), 2);
      out.value("fileId", file.text("id"));
      out.value("fileName", file.text("name"));
      out.value("fileMd5", file.text("content_md5"));
      out.value("copyId", copy.text("id"));
    });
  }

  private void annotate() {
    runner.step("Annotate the file with procedures", List.of("fileId", "copyId"), out -> {
      String file = runner.get("fileId");
      Row r = out.queryOne(c(), "CALL set_annotations(?, ?)", file, ANNOTATIONS);
      out.line(r.text("id") + " annotations: " + r.text("annotations"));
      Row one = out.queryOne(c(), "CALL set_annotation(?, ?, ?)", runner.<String>get("copyId"), "species",
          "Homo sapiens");
      out.line(one.text("id") + " annotations: " + one.text("annotations"));
      List<Row> rows = out.query(c(), "SELECT \"entity_id\", \"key\", \"type\", \"value\" FROM synapse.annotations "
          + "WHERE \"entity_id\" = " + Sql.idLiteral(file) + " ORDER BY \"key\"");
      out.table(rows, 10);
      out.value("annotations", rows.stream().map(a -> a.text("key") + "=" + a.text("value")).toList());
    });
  }

  private void newVersion() {
    runner.step("Store a new version and read version 1 back", List.of("fileId", "downloadPath"), out -> {
      String folder = runner.get("folderId");
      String file = runner.get("fileId");
      String name = runner.get("fileName");
      Path edited = LocalFiles.withOneMoreRow(Path.of(runner.<String>get("downloadPath")),
          session.workDir().resolve("edited").resolve(name));
      out.line("Edited a local copy: one more row -> " + edited);
      Row v2 = out.queryOne(c(), "CALL store_file(?, ?, ?)", folder, edited.toString(), name);
      out.table(List.of(Sql.pick(v2, FILE_COLUMNS)), 1);
      out.table(out.query(c(), "SELECT \"entity_id\", \"version\", \"content_size\", \"content_md5\", \"is_latest\" "
          + "FROM synapse.versions WHERE \"entity_id\" = " + Sql.idLiteral(file) + " ORDER BY \"version\""), 5);
      Path dir = session.workDir().resolve("version1");
      Row v1 = out.queryOne(c(), "CALL download_file(?, 1, ?)", file, dir.toString());
      Path path = Path.of(v1.text("path"));
      boolean same = LocalFiles.md5(path).equals(runner.get("fileMd5"));
      out.line("Version 1 downloaded to " + path + ": " + LocalFiles.lines(path) + " lines, "
          + (same ? "the original bytes" : "NOT the original bytes"));
      if (!same) {
        throw new IllegalStateException("Version 1 does not have the bytes first uploaded");
      }
      out.value("version", v2.number("version_number"));
      out.value("version2Md5", v2.text("content_md5"));
      out.value("version1Lines", LocalFiles.lines(path));
    });
  }

  private void provenance() {
    runner.step("Record provenance (used and executed)", List.of("fileId", "version", "matrixId"), out -> {
      String file = runner.get("fileId");
      Row r = out.queryOne(c(), "CALL set_provenance(?, ?, ?, ?, ?)", file, runner.<String>get("matrixId"),
          SCRIPT_URL, "Add a row", "Appended a row to the matrix");
      out.table(List.of(Sql.pick(r, "id", "version_number", "activity_id", "activity_name", "used_count")), 1);
      List<Row> rows = out.query(c(), "SELECT \"entity_id\", \"version\", \"activity_name\", \"used_entity_id\", "
          + "\"used_url\", \"executed\" FROM synapse.provenance WHERE \"entity_id\" = " + Sql.idLiteral(file));
      out.table(rows, 5);
      out.value("activityId", r.text("activity_id"));
      out.value("provenance", rows.stream().map(p -> (p.text("used_entity_id") != null ? p.text("used_entity_id")
          : p.text("used_url")) + (Boolean.TRUE.equals(p.get("executed")) ? " (executed)" : " (used)")).toList());
    });
  }
}

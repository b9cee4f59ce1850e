package org.synapsejdbc.examples;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The reading half of the tutorial: connect, find the tutorial's matrix file by name and show its metadata,
 * download it, and read its rows through SQL.
 */
final class ReadingSteps {
  private final StepRunner runner;
  private final TutorialSession session;

  ReadingSteps(StepRunner runner, TutorialSession session) {
    this.runner = runner;
    this.session = session;
  }

  void run() {
    connect();
    metadata();
    download();
    readMatrix();
  }

  private Connection c() {
    return session.connection();
  }

  private void connect() {
    runner.step("Connect", List.of(), out -> {
      // No token here: the driver takes it from SYNAPSE_AUTH_TOKEN or ~/.synapseConfig, like the Python client.
      Connection c = DriverManager.getConnection(session.url(), new Properties());
      session.connected(c);
      DatabaseMetaData meta = c.getMetaData();
      out.line("Connected to " + session.url() + " with " + meta.getDriverName() + " " + meta.getDriverVersion());
      out.line("Token: " + TokenSource.describe(session.url()));
      List<String> schemas = new ArrayList<>();
      try (ResultSet rs = meta.getSchemas()) {
        while (rs.next()) {
          schemas.add(rs.getString("TABLE_SCHEM"));
        }
      }
      out.line("Schemas (your projects, plus 'synapse'): " + String.join(", ", schemas));
      out.value("connected", Boolean.TRUE);
      out.value("schemas", schemas);
    });
  }

  private void metadata() {
    runner.step("Get an entity's metadata", List.of("connected"), out -> {
      String matrix = session.options().matrixName();
      String id;
      if (matrix.matches("syn[0-9]+")) {
        id = matrix;
      } else {
        String project = out.queryOne(c(), "SELECT \"id\" FROM synapse.projects WHERE \"name\" = ?",
            session.options().sourceProject()).text("id");
        // A literal id (not ?) lets the driver serve the filter by listing one project instead of crawling.
        id = out.queryOne(c(), "SELECT \"id\" FROM synapse.files WHERE \"project_id\" = " + Sql.idLiteral(project)
            + " AND \"name\" = ?", matrix).text("id");
        out.line("'" + matrix + "' in project '" + session.options().sourceProject() + "' (" + project + ") is "
            + id);
      }
      Row file = out.queryOne(c(), "SELECT * FROM synapse.files WHERE \"id\" = " + Sql.idLiteral(id));
      for (String label : file.labels()) {
        out.line(String.format("  %-15s %s", label, file.get(label)));
      }
      out.value("matrixId", id);
      out.value("matrixName", file.text("name"));
      out.value("matrixParentId", file.text("parent_id"));
      out.value("matrixMd5", file.text("content_md5"));
      out.value("matrixSize", file.number("content_size"));
    });
  }

  private void download() {
    runner.step("Download the file", List.of("matrixId"), out -> {
      Path dir = session.workDir().resolve("downloads");
      Row r = out.queryOne(c(), "CALL download_file(?, NULL, ?)", runner.<String>get("matrixId"), dir.toString());
      Path path = Path.of(r.text("path"));
      String md5 = LocalFiles.md5(path);
      boolean same = md5.equals(runner.get("matrixMd5"));
      out.line("Downloaded " + r.text("file_name") + " (version " + r.get("version_number") + ") to " + path);
      out.line(Files.size(path) + " bytes, " + LocalFiles.lines(path) + " lines, MD5 " + md5
          + (same ? " (matches Synapse's)" : " (DIFFERS from Synapse's!)"));
      if (!same) {
        throw new IllegalStateException("The downloaded bytes do not have Synapse's MD5");
      }
      out.value("downloadPath", path.toString());
      out.value("downloadLines", LocalFiles.lines(path));
    });
  }

  private void readMatrix() {
    runner.step("Read the matrix through SQL", List.of("matrixId"), out -> {
      String from = "TABLE(synapse.read_file(" + Sql.idLiteral(runner.get("matrixId")) + "))";
      List<Row> rows = out.query(c(), "SELECT * FROM " + from);
      out.table(rows, 5);
      List<String> columns = rows.isEmpty() ? List.of() : rows.get(0).labels();
      out.line(rows.size() + " rows x " + columns.size() + " columns");
      // Like a CSV reader, read_file gives text columns: cast them to compute.
      String first = "CAST(" + Sql.quoted(columns.get(0)) + " AS DOUBLE)";
      Row summary = out.queryOne(c(), "SELECT COUNT(*) AS \"rows\", MIN(" + first + ") AS \"min\", MAX(" + first
          + ") AS \"max\", ROUND(AVG(" + first + "), 4) AS \"avg\" FROM " + from);
      out.table(List.of(summary), 1);
      out.value("matrixRows", rows.size());
      out.value("matrixColumns", columns);
      out.value("matrixFirstRow", rows.isEmpty() ? null : List.copyOf(rows.get(0).asMap().values()));
      out.value("matrixStats", List.of(summary.get("rows"), summary.get("min"), summary.get("max")));
    });
  }
}

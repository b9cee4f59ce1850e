package org.synapsejdbc.examples;

import java.sql.Connection;
import java.util.List;

/**
 * The file-view half of the tutorial: create a file view over the new project, query it with SQL, annotate
 * through an {@code UPDATE} on the view, aggregate in it, and join it with data no Synapse query can reach.
 */
final class ViewSteps {
  static final String VIEW = "Tutorial files";
  static final String NEW_SPECIES = "Mus musculus";

  private final StepRunner runner;
  private final TutorialSession session;

  ViewSteps(StepRunner runner, TutorialSession session) {
    this.runner = runner;
    this.session = session;
  }

  void run() {
    createView();
    queryView();
    updateView();
    aggregate();
    join();
  }

  private Connection c() {
    return session.connection();
  }

  /**
   * The view as a table. {@code synNNN} resolves in every schema at once; the project-schema form
   * ({@code "<project>"."Tutorial files"}) appears only after the driver's project cache expires ({@code cacheTtl}).
   */
  private String view() {
    return "synapse." + Sql.checkedId(runner.get("viewId"));
  }

  private void createView() {
    runner.step("Create a file view over the project", List.of("projectId"), out -> {
      String project = runner.get("projectId");
      Row r = out.queryOne(c(), "CALL create_file_view(?, ?, ?, 1, TRUE)", project, VIEW, project);
      out.table(List.of(Sql.pick(r, "id", "name", "entity_type", "parent_id", "scope_ids", "action")), 1);
      out.line("Columns: the default file-view columns plus one per annotation in scope");
      // Views are eventually consistent: wait until the index shows the project's files.
      Row w = out.queryOne(c(), "CALL wait_for_view(?, 300)", r.text("id"));
      out.line("The view is ready with " + w.get("row_count") + " rows (waited " + w.get("waited_ms") + " ms)");
      out.value("viewId", r.text("id"));
    });
  }

  private void queryView() {
    runner.step("Query the file view with SQL", List.of("viewId"), out -> {
      List<Row> rows = out.query(c(), "SELECT \"id\", \"name\", \"currentVersion\", \"species\", \"dataType\", "
          + "\"rowCount\" FROM " + view() + " ORDER BY \"name\"");
      out.table(rows, 10);
      out.value("viewRows", rows.stream().map(r -> r.text("name") + " v" + r.text("currentVersion") + " "
          + r.text("species")).toList());
    });
  }

  private void updateView() {
    runner.step("Annotate through an UPDATE on the file view", List.of("viewId", "copyId"), out -> {
      String copy = runner.get("copyId");
      int count = out.update(c(), "UPDATE " + view() + " SET \"species\" = ? WHERE \"id\" = ?", NEW_SPECIES, copy);
      out.line(count + " row updated: its entity's annotation changed");
      List<Row> rows = out.query(c(), "SELECT \"entity_id\", \"key\", \"value\" FROM synapse.annotations WHERE "
          + "\"entity_id\" = " + Sql.idLiteral(copy) + " AND \"key\" = 'species'");
      out.table(rows, 5);
      out.value("updateCount", count);
      out.value("copySpecies", rows.isEmpty() ? null : rows.get(0).text("value"));
    });
  }

  private void aggregate() {
    runner.step("Aggregate in the view (pushed down to Synapse)", List.of("viewId"), out -> {
      // The UPDATE changed annotations; wait until the view shows them (at once on local-synapse).
      out.queryOne(c(), "CALL wait_for_view(?, 300)", runner.<String>get("viewId"));
      String sql = "SELECT \"species\", COUNT(*) AS \"files\", SUM(\"dataFileSizeBytes\") AS \"bytes\" FROM "
          + view() + " GROUP BY \"species\" ORDER BY \"species\"";
      List<Row> rows = out.query(c(), sql);
      out.table(rows, 10);
      for (Row plan : Sql.rows(c(), "EXPLAIN PLAN FOR " + sql)) {
        String text = String.valueOf(plan.asMap().values().iterator().next());
        int at = text.indexOf("sql=[");
        if (at >= 0) {
          out.line("Synapse ran: " + text.substring(at + 5, text.indexOf("])", at)));
        }
      }
      out.value("speciesCounts", rows.stream().map(r -> r.text("species") + "=" + r.text("files")).toList());
    });
  }

  private void join() {
    runner.step("Join the view with another project's files (no Synapse query can)", List.of("viewId",
        "matrixParentId"), out -> {
      List<Row> rows = out.query(c(), "SELECT mine.\"name\" AS \"my_file\", mine.\"currentVersion\" AS \"version\", "
          + "src.\"name\" AS \"same_bytes_as\", src.\"id\" AS \"source_id\", src.\"project_id\" AS \"source_project\" "
          + "FROM " + view() + " AS mine JOIN synapse.files AS src ON src.\"content_md5\" = mine.\"dataFileMD5Hex\" "
          + "WHERE src.\"parent_id\" = " + Sql.idLiteral(runner.get("matrixParentId")) + " ORDER BY 1");
      out.table(rows, 10);
      out.line("Synapse SQL has no joins: the driver queried the view and listed the other folder, then joined");
      out.value("joinRows", rows.stream().map(r -> r.text("my_file") + " = " + r.text("same_bytes_as")).toList());
    });
  }
}

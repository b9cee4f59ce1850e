package org.synapsejdbc.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synapsejdbc.jdbc.local.EmbeddedLocalSynapse;

/**
 * How the tutorial reports a step: the real errors of a missing system table, table function or procedure are
 * reported as a missing feature, other errors as failures, and a step without its inputs is skipped.
 */
class StepRunnerTest {
  @AfterAll
  static void stopServers() {
    EmbeddedLocalSynapse.stopAll();
  }

  @Test
  void classifiesRealDriverErrors(@TempDir Path temp) throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    StepRunner runner = new StepRunner(new PrintStream(buffer, true, UTF_8));
    try (Connection c = DriverManager.getConnection("jdbc:synapse:local:" + temp.resolve("store"))) {
      StepResult table = runner.step("table", List.of(), out -> out.query(c, "SELECT * FROM synapse.no_such_table"));
      StepResult function = runner.step("function", List.of(),
          out -> out.query(c, "SELECT * FROM TABLE(synapse.no_such_function('syn1'))"));
      StepResult procedure = runner.step("procedure", List.of(), out -> out.query(c, "CALL no_such_procedure('x')"));
      StepResult failed = runner.step("failed", List.of(), out -> out.query(c, "CALL download_file('syn999999999')"));
      StepResult skipped = runner.step("skipped", List.of("neverRecorded"), out -> {
        throw new AssertionError("must not run");
      });
      StepResult ok = runner.step("ok", List.of(), out -> out.value("n", Sql.one(c, "SELECT COUNT(*) AS \"n\" "
          + "FROM synapse.projects").number("n")));

      assertEquals(StepStatus.NOT_AVAILABLE, table.status(), table.problem());
      assertTrue(table.problem().startsWith("the driver does not offer system table synapse.no_such_table yet"),
          table.problem());
      assertEquals(StepStatus.NOT_AVAILABLE, function.status(), function.problem());
      assertTrue(function.problem().contains("table function synapse.no_such_function"), function.problem());
      assertEquals(StepStatus.NOT_AVAILABLE, procedure.status(), procedure.problem());
      assertTrue(procedure.problem().contains("procedure no_such_procedure"), procedure.problem());
      assertEquals(StepStatus.FAILED, failed.status(), failed.problem());
      assertEquals(StepStatus.SKIPPED, skipped.status());
      assertTrue(skipped.problem().contains("neverRecorded"));
      assertEquals(StepStatus.OK, ok.status(), ok.problem());
      assertEquals(1L, ok.value("n"));
    }
    String printed = buffer.toString(UTF_8);
    assertTrue(printed.contains("== 1. table ==\n   SQL> SELECT * FROM synapse.no_such_table\n   -> NOT AVAILABLE: "),
        printed);
    assertTrue(printed.contains("== 6. ok ==\n   -> OK"), printed);
  }
}

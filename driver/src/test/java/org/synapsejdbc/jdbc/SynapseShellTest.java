package org.synapsejdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the shell's entry point in-process with {@code -e}, against a real connection. */
class SynapseShellTest {
  @TempDir
  static Path home;

  @BeforeAll
  static void keepSqllineFilesOutOfTheRealHome() {
    System.setProperty("x.sqlline.basedir", home.toString());
  }

  @Test
  void runsStatementsAndPrintsTables() throws Exception {
    Output out = run("--url", "jdbc:synapse://localhost:9", "-e",
        "SELECT id, name FROM testdata.samples WHERE id IN (1, 3) ORDER BY id");
    assertEquals(0, out.status, out.stderr);
    List<String> lines = out.stdout.lines().map(String::strip).toList();
    assertTrue(lines.contains("| id | name  |"), out.stdout);
    assertTrue(lines.contains("| 1  | alpha |"), out.stdout);
    assertTrue(lines.contains("| 3  | Beta  |"), out.stdout);
  }

  @Test
  void failingStatementGivesNonZeroStatus() throws Exception {
    Output out = run("--url", "jdbc:synapse://localhost:9", "-e", "SELECT * FROM testdata.no_such_table");
    assertEquals(1, out.status);
    assertTrue(out.stderr.contains("no_such_table"), out.stderr);
  }

  @Test
  void versionAndHelp() throws Exception {
    assertTrue(run("--version").stdout.contains(DriverInfo.VERSION));
    assertTrue(run("--help").stdout.contains("--local[=DIR]"));
  }

  private record Output(int status, String stdout, String stderr) {
  }

  private static Output run(String... args) throws Exception {
    PrintStream oldOut = System.out;
    PrintStream oldErr = System.err;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      status = SynapseShell.run(args, new ByteArrayInputStream(new byte[0]));
    } finally {
      System.setOut(oldOut);
      System.setErr(oldErr);
    }
    return new Output(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}

package org.synapsejdbc.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code tutorial.sql} through the driver's shell (sqlline, {@code --run=}) on a fresh embedded local-synapse,
 * in its own JVM and working directory as a user would, and checks what each part of it printed.
 */
class TutorialScriptTest {
  private static final Path SCRIPT = Path.of("src/main/resources/tutorial.sql");

  @Test
  void theScriptRunsEveryStepWithoutErrors(@TempDir Path temp) throws Exception {
    Path out = temp.resolve("out.txt");
    Path err = temp.resolve("err.txt");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "org.synapsejdbc.jdbc.SynapseShell",
        "--local=" + temp.resolve("store"), "--force=true", "--maxWidth=250",
        "--run=" + SCRIPT.toAbsolutePath())
        .directory(temp.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the script did not finish in 3 minutes");
    String printed = Files.readString(out, UTF_8);
    String errors = Files.readString(err, UTF_8);
    System.out.println(printed);
    List<String> failed = errors.lines().filter(l -> l.startsWith("Error:")).toList();
    assertEquals(List.of(), failed, printed);
    assertEquals(0, p.exitValue(), errors);
    // 1-3: the matrix found by name, downloaded, read through SQL.
    assertContains(printed, "| syn1000003 | matrix_100x4.tsv | syn1000002 |");
    assertTrue(Files.size(temp.resolve("synapse-tutorial/matrix_100x4.tsv")) > 0);
    double[] v1 = Files.readAllLines(temp.resolve("synapse-tutorial/matrix_100x4.tsv")).stream().skip(1)
        .mapToDouble(l -> Double.parseDouble(l.split("\t")[0])).toArray();
    List<String> lines = printed.lines().toList();
    int header = lines.indexOf(lines.stream().filter(l -> l.replaceAll(" +", " ")
        .equals("| rows | min_V1 | max_V1 | avg_V1 |")).findFirst().orElseThrow());
    String[] cells = lines.get(header + 2).split("\\|");
    assertEquals("100", cells[1].trim());
    assertEquals(Arrays.stream(v1).min().orElseThrow(), Double.parseDouble(cells[2].trim()), 1e-9);
    assertEquals(Arrays.stream(v1).max().orElseThrow(), Double.parseDouble(cells[3].trim()), 1e-9);
    // 4-5: project, folder, two uploads.
    assertContains(printed, "| syn1000008 | JDBC tutorial (SQL script) | project");
    assertContains(printed, "| syn1000011 | matrix copy.tsv | file");
    // 6: annotations read back.
    assertContains(printed, "| syn1000010 | rowCount | LONG   | 100");
    // 7: version 2 stored, version 1 read back with the first bytes.
    assertContains(printed, "| new_version |");
    assertEquals(Files.readString(temp.resolve("synapse-tutorial/samples-v1/sample_metadata.csv")),
        Files.readString(temp.resolve("synapse-tutorial/samples-version1/sample_metadata.csv")));
    // 8: provenance read back: used and executed.
    assertContains(printed, "| Copy the sample sheet | syn1000004     | 2 ");
    // 9-12: the view, its update, the pushed aggregate, the join.
    assertContains(printed, "| syn1000011 | species | Mus musculus |");
    assertContains(printed, "SELECT \"species\", COUNT(*) FROM syn1000013 GROUP BY \"species\"");
    assertContains(printed, "| matrix copy.tsv | matrix_100x4.tsv | syn1000003 |\n"
        + "| matrix_100x4.tsv | matrix_100x4.tsv | syn1000003 |\n"
        + "| samples.csv | sample_metadata.csv | syn1000004 |");
  }

  /** Table cells are padded to the column width: compare with runs of spaces collapsed. */
  private static void assertContains(String printed, String expected) {
    assertTrue(printed.replaceAll(" +", " ").contains(expected.replaceAll(" +", " ")),
        () -> "missing <" + expected + "> in:\n" + printed);
  }
}

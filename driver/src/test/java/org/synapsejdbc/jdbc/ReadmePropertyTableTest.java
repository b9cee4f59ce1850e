package org.synapsejdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.synapsejdbc.jdbc.doc.PropertyTable;

/** Keeps the README's connection-property table identical to what {@link PropertyTable} renders from the enum. */
class ReadmePropertyTableTest {
  static final String BEGIN = "<!-- BEGIN generated property table -->";
  static final String END = "<!-- END generated property table -->";

  @Test
  void readmeTableMatchesTheEnum() throws IOException {
    Path readme = Path.of("..", "README.md");
    assertTrue(Files.exists(readme), "README.md not found next to the driver module: " + readme.toAbsolutePath());
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    int begin = text.indexOf(BEGIN);
    int end = text.indexOf(END);
    assertTrue(begin >= 0 && end > begin, "README.md lacks the markers " + BEGIN + " / " + END);
    String section = text.substring(begin + BEGIN.length(), end).strip();
    assertEquals(PropertyTable.markdown().strip(), section,
        "README.md's property table is stale: regenerate it with "
            + "java -cp driver/target/synapse-jdbc-<version>-all.jar org.synapsejdbc.jdbc.doc.PropertyTable");
  }
}

package org.synapsejdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checks the shaded jar {@code synapse-jdbc-VERSION-all.jar} as users get it (runs after {@code package}). */
class ShadedJarIT {
  /** Packages that stay where they are: ours, Calcite/Avatica, Janino, and the native-bound JNA/Jansi. */
  private static final List<String> UNRELOCATED = List.of("org/synapsejdbc/", "org/apache/calcite/",
      "org/codehaus/janino/", "org/codehaus/commons/compiler/", "com/sun/jna/", "org/fusesource/jansi/",
      "org/h2/");

  private final Path jar = Path.of(System.getProperty("shadedJar", "target/missing-all.jar"));

  @TempDir
  Path dir;

  @Test
  void thirdPartyClassesAreRelocatedAndOnlyOurDriverIsRegistered() throws Exception {
    List<String> stray = new ArrayList<>();
    try (JarFile file = new JarFile(jar.toFile())) {
      file.stream().map(e -> e.getName().replaceFirst("^META-INF/versions/\\d+/", ""))
          .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/"))
          .filter(n -> UNRELOCATED.stream().noneMatch(n::startsWith))
          .forEach(stray::add);
      assertEquals(List.of(), stray);
      try (InputStream in = file.getInputStream(file.getEntry("META-INF/services/java.sql.Driver"))) {
        assertEquals(SynapseDriver.class.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
      }
      assertEquals(SynapseShell.class.getName(), file.getManifest().getMainAttributes().getValue("Main-Class"));
    }
  }

  @Test
  void loadsInItsOwnClassLoaderAsDbeaverDoes() throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
        ClassLoader.getPlatformClassLoader())) {
      Driver driver = (Driver) Class.forName(SynapseDriver.class.getName(), true, loader)
          .getDeclaredConstructor().newInstance();
      try (Connection c = driver.connect("jdbc:synapse:local:" + dir.resolve("data"), new Properties());
           ResultSet rs = c.createStatement().executeQuery(
               "SELECT y, COUNT(*) AS n FROM (VALUES (1, 'a'), (2, 'b'), (3, 'b')) AS t(x, y) WHERE x > 1 GROUP BY y")) {
        assertEquals("Synapse", c.getMetaData().getDatabaseProductName());
        assertTrue(rs.next());
        assertEquals("b", rs.getString(1));
        assertEquals(2, rs.getInt(2));
        // The shaded driver sets Calcite's UTF-8 defaults too (in its own class loader, before its Calcite loads).
        try (ResultSet u = c.createStatement().executeQuery(
            "SELECT x FROM (VALUES ('Ω ✓ 😀'), ('a')) AS t(x) WHERE x = 'Ω ✓ 😀'")) {
          assertTrue(u.next());
          assertEquals("Ω ✓ 😀", u.getString(1));
        }
      } finally {
        loader.loadClass("org.synapsejdbc.jdbc.local.EmbeddedLocalSynapse").getMethod("stopAll").invoke(null);
      }
    }
  }

  @Test
  void javaMinusJarRunsStatementsAgainstTheEmbeddedServer() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(java, "-Dx.sqlline.basedir=" + dir.resolve("sqlline"), "-jar", jar.toString(), "--local=" + dir.resolve("shell"),
        "-e", "SELECT x * 10 AS tens FROM (VALUES 1, 2) AS t(x) WHERE x > 1")
        .redirectError(dir.resolve("stderr.txt").toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the shell did not finish");
    String err = Files.readString(dir.resolve("stderr.txt"));
    assertEquals(0, p.exitValue(), out + err);
    List<String> lines = out.lines().map(String::strip).toList();
    assertTrue(lines.contains("| tens |") && lines.contains("| 20   |"), out + err);
    assertTrue(!err.contains("SLF4J"), "no SLF4J provider warnings: " + err);
  }
}

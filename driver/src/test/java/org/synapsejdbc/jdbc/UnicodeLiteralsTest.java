package org.synapsejdbc.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.SynapseEndpoints;
import org.synapsejdbc.client.async.JobOptions;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.Project;
import org.synapsejdbc.client.model.TableEntity;
import org.synapsejdbc.client.table.QueryRequest;
import org.synapsejdbc.client.table.QueryResults;
import org.synapsejdbc.local.LocalSynapse;

/**
 * SQL text with non-Latin-1 characters (BMP and supplementary) works out of the box: each case runs
 * {@link UnicodeScenario} in a fresh JVM, as an application would (Calcite reads its charset once per JVM, so an
 * in-process test would depend on which test touched Calcite first), against local-synapse over HTTP; what was
 * stored is read back over REST.
 */
class UnicodeLiteralsTest {
  private static LocalSynapse synapse;
  private static SynapseClient client;
  private static Project project;

  @TempDir
  Path dir;

  @BeforeAll
  static void start() {
    synapse = LocalSynapse.builder().inMemory().port(0).throttles(false).build().start();
    client = SynapseClient.builder().endpoints(SynapseEndpoints.of(synapse.baseUrl())).token(synapse.user1Token())
        .build();
    project = client.entities().create(new Project().setName("Unicode " + System.nanoTime()));
  }

  @AfterAll
  static void stop() {
    client.close();
    synapse.stop();
  }

  @Test
  void literalsAndParametersRoundTripInFiltersInsertsAndUpdates() throws Exception {
    List<ColumnModel> columns = client.columns().createBatch(List.of(
        new ColumnModel().setName("name").setColumnType(ColumnType.STRING).setMaximumSize(50L),
        new ColumnModel().setName("n").setColumnType(ColumnType.INTEGER)));
    TableEntity table = client.entities().create(new TableEntity().setName("unicode").setParentId(project.getId())
        .setColumnIds(columns.stream().map(ColumnModel::getId).toList()));
    String id = table.getId();

    Map<String, String> out = run(List.of(), "roundtrip", url(), id);

    assertEquals("UTF-8", out.get("charset"));
    assertEquals("UTF-8", out.get("property"), "the driver set the system property");
    assertEquals("3", out.get("inserted"));
    assertEquals("1", out.get("insertedParam"));
    assertEquals("1", out.get("whereLiteral"));
    assertEquals("3", out.get("whereEmoji"));
    assertEquals("4", out.get("whereParam"));
    // The filter went to Synapse as one literal, characters intact (not evaluated in the driver after a scan).
    assertTrue(out.get("plannedWhere").contains("= 'Zürich ✓ 日本語'"), out.get("plannedWhere"));
    assertEquals("1", out.get("updatedLiteral"));
    assertEquals("1", out.get("updatedParam"));
    assertEquals("1:Zürich ✓ 日本語;2:Ωmega 🚀;3:naïve 𝄞;4:clef 𝄞 Ελληνικά;", out.get("rows"));
    // What Synapse stored, read over REST: the exact strings, supplementary characters included.
    assertEquals(List.of("Zürich ✓ 日本語", "Ωmega 🚀", "naïve 𝄞", "clef 𝄞 Ελληνικά"), names(id));
  }

  @Test
  void aCharsetTheUserSetIsKept() throws Exception {
    Map<String, String> out = run(List.of("-Dcalcite.default.charset=ISO-8859-1"), "literal", url());
    assertEquals("ISO-8859-1", out.get("charset"));
    assertEquals("ISO-8859-1", out.get("property"));
    assertTrue(out.get("literalError").contains("Failed to encode"), out.toString());
  }

  @Test
  void aCharsetFromSaffronPropertiesIsKept() throws Exception {
    Path resources = Files.createDirectories(dir.resolve("resources"));
    Files.writeString(resources.resolve("saffron.properties"), "saffron.default.charset=ISO-8859-1\n");
    Map<String, String> out = run(List.of(), resources, "literal", url());
    assertEquals("ISO-8859-1", out.get("charset"));
    assertEquals("null", out.get("property"), "the driver set no system property");
    assertTrue(out.get("literalError").contains("Failed to encode"), out.toString());
  }

  @Test
  void calciteUsedBeforeTheDriverKeepsLatin1AndTheDriverSaysHowToFixIt() throws Exception {
    Map<String, String> out = run(List.of(), "calcite-first", url());
    assertEquals("ISO-8859-1", out.get("calciteFirst"));
    assertTrue(out.get("literalError").contains("Failed to encode"), out.toString());
    assertTrue(out.get("stderr").contains("-Dcalcite.default.charset=UTF-8"), out.get("stderr"));
  }

  private static String url() {
    return "jdbc:synapse://localhost:" + synapse.port();
  }

  private static List<String> names(String id) {
    List<String> names = new ArrayList<>();
    try (QueryResults results = client.tables().query(QueryRequest.of(id, "SELECT name FROM " + id + " ORDER BY n"),
        JobOptions.defaults())) {
      while (results.hasNext()) {
        names.add(results.next().values().get(0));
      }
    }
    return names;
  }

  private Map<String, String> run(List<String> jvmOptions, String... args) throws Exception {
    return run(jvmOptions, null, args);
  }

  /** Runs {@link UnicodeScenario} in a new JVM; its {@code key=value} lines, unescaped, plus {@code stderr}. */
  private Map<String, String> run(List<String> jvmOptions, Path classPathFirst, String... args) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    String classPath = System.getProperty("java.class.path");
    if (classPathFirst != null) {
      classPath = classPathFirst + File.pathSeparator + classPath;
    }
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", classPath, UnicodeScenario.class.getName()));
    command.addAll(List.of(args));
    Path stderr = dir.resolve("stderr-" + System.nanoTime() + ".txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile());
    builder.environment().put("SYNAPSE_AUTH_TOKEN", synapse.user1Token());
    Process p = builder.start();
    String stdout = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the scenario did not finish");
    String err = Files.readString(stderr);
    assertEquals(0, p.exitValue(), stdout + err);
    Map<String, String> out = new LinkedHashMap<>();
    stdout.lines().filter(l -> l.contains("=")).forEach(l -> {
      int eq = l.indexOf('=');
      out.put(l.substring(0, eq), unescape(l.substring(eq + 1)));
    });
    out.put("stderr", err);
    return out;
  }

  private static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (s.startsWith("\\u", i)) {
        b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }
}

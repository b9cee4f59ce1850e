package org.synapsejdbc.jdbc.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.synapsejdbc.local.http.RequestLog;
import org.synapsejdbc.local.http.Scope;

/**
 * The data-driven bad-input corpus ({@code reliability/bad-input.tsv}): every case fails with an
 * {@link SQLException} of the expected SQLState class and a readable message (or, for injection attempts through
 * parameters, matches nothing), within its timeout, without any successful write reaching local-synapse.
 */
class BadInputCorpusTest {
  static final Duration CASE_TIMEOUT = Duration.ofSeconds(30);

  static ReliabilityFixture fx;
  static Path dir;
  static Map<String, String> placeholders = new LinkedHashMap<>();
  static Map<String, String> tokens = new LinkedHashMap<>();
  static String originalHome;

  @BeforeAll
  static void start() throws Exception {
    fx = new ReliabilityFixture(false, true);
    dir = Files.createTempDirectory("bad-input");
    Path empty = Files.createFile(dir.resolve("empty.csv"));
    Path unreadable = Files.writeString(dir.resolve("secret.csv"), "a,b\n1,2\n");
    Files.setPosixFilePermissions(unreadable, PosixFilePermissions.fromString("---------"));
    Path plainFile = Files.writeString(dir.resolve("plain.txt"), "not a directory");
    Path subdir = Files.createDirectories(dir.resolve("adir"));
    String t = fx.samples.getId();
    placeholders.put("{t}", t);
    placeholders.put("{tn}", t);
    placeholders.put("{p}", fx.project.getId());
    placeholders.put("{pname}", fx.project.getName());
    placeholders.put("{port}", String.valueOf(fx.synapse.port()));
    placeholders.put("{dir}", dir.resolve("downloads").toString());
    placeholders.put("{missing}", dir.resolve("missing.csv").toString());
    placeholders.put("{empty}", empty.toString());
    placeholders.put("{dirpath}", subdir.toString());
    placeholders.put("{unreadable}", unreadable.toString());
    placeholders.put("{fileasdir}", plainFile.toString());
    long user1 = Long.parseLong(fx.client.users().profile().getOwnerId());
    tokens.put("{wrong}", "wrong-token-CANARY-7f3a9c");
    tokens.put("{garbage}", "\u00e4\u00f6\u00fc not a token CANARY-7f3a9c");
    tokens.put("{jwtlike}", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIzNDAwMDAxIn0.Q0FOQVJZLTdmM2E5Yw");
    tokens.put("{view}", fx.synapse.createToken(user1, EnumSet.of(Scope.VIEW)));
    tokens.put("{viewdownload}", fx.synapse.createToken(user1, EnumSet.of(Scope.VIEW, Scope.DOWNLOAD)));
    tokens.put("{user2}", fx.synapse.user2Token());
    tokens.put("{user1}", fx.synapse.user1Token());
    // No environment token or ~/.synapseConfig of the machine may leak into anonymous/profile cases.
    originalHome = System.getProperty("user.home");
    System.setProperty("user.home", Files.createDirectories(dir.resolve("home")).toString());
  }

  @AfterAll
  static void stop() throws Exception {
    System.setProperty("user.home", originalHome);
    try (Connection c = fx.connect()) {
      assertEquals(List.of(String.valueOf(ReliabilityFixture.ROWS)),
          ReliabilityFixture.rows(c, "SELECT COUNT(*) FROM " + fx.samples.getId()));
      assertEquals(List.of("samples"), ReliabilityFixture.rows(c,
          "SELECT name FROM synapse.entities WHERE parent_id = '" + fx.project.getId() + "'"));
    } finally {
      fx.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> corpus() throws Exception {
    List<String[]> cases = load();
    assertTrue(cases.size() >= 200 || System.getProperty("reliability.badInputFile") != null,
        "corpus has only " + cases.size() + " cases");
    return cases.stream().map(c -> DynamicTest.dynamicTest(name(c), () -> run(c)));
  }

  static List<String[]> load() throws Exception {
    List<String[]> cases = new ArrayList<>();
    // -Dreliability.badInputFile=PATH runs another case file (e.g. cases waiting for a fix).
    String file = System.getProperty("reliability.badInputFile");
    try (BufferedReader in = new BufferedReader(new InputStreamReader(file != null
        ? Files.newInputStream(Path.of(file))
        : BadInputCorpusTest.class.getResourceAsStream("/reliability/bad-input.tsv"), StandardCharsets.UTF_8))) {
      int lineNo = 0;
      for (String line; (line = in.readLine()) != null; ) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        assertEquals(5, f.length, "line " + lineNo);
        cases.add(new String[] {f[0], f[1], f[2], f[3], f[4], String.valueOf(lineNo)});
      }
    }
    return cases;
  }

  private static String name(String[] c) {
    String input = c[1].length() > 90 ? c[1].substring(0, 90) + "..." : c[1];
    return "line " + c[5] + " [" + c[0] + "] " + input + ("-".equals(c[2]) ? "" : " <- " + abbreviate(c[2]))
        + " => " + c[3];
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }

  private void run(String[] c) throws Exception {
    String kind = c[0];
    String input = fill(c[1]);
    String extra = fill(c[2]);
    String expected = c[3];
    String fragment = c[4];
    if (input.contains(placeholders.get("{unreadable}"))) {
      assumeFalse(Files.isReadable(Path.of(placeholders.get("{unreadable}"))),
          "running as root: a mode-000 file is still readable");
    }
    fx.synapse.requestLog().reset();
    Outcome outcome = assertTimeoutPreemptively(CASE_TIMEOUT, () -> execute(kind, input, extra));
    List<String> writes = successfulWrites();
    assertEquals(List.of(), writes, "the case changed something on the server");
    if (expected.startsWith("ok:")) {
      if (outcome.error != null) {
        fail("expected no error but got " + outcome.error.getSQLState() + ": " + outcome.error.getMessage());
      }
      assertEquals(expected.substring(3), outcome.result, "result");
      return;
    }
    SQLException e = outcome.error;
    assertNotNull(e, "expected SQLState class " + expected + " but the statement succeeded: " + outcome.result);
    String state = e.getSQLState();
    String message = e.getMessage();
    assertNotNull(state, "no SQLState; message: " + message);
    assertTrue(state.startsWith(expected), "SQLState " + state + " (expected class " + expected + "): " + message);
    assertNotNull(message);
    assertTrue(message.trim().length() >= 15, "message too short to act on: " + message);
    assertTrue(message.toLowerCase(Locale.ROOT).contains(fragment.toLowerCase(Locale.ROOT)),
        "message lacks '" + fragment + "': " + message);
    for (String token : tokens.values()) {
      assertFalse(message.contains(token), "the message shows a token");
    }
  }

  /** What a case did: the error, or the row count (ok:N) / update count (ok:-N). */
  record Outcome(SQLException error, String result) {
  }

  private static Outcome execute(String kind, String input, String extra) {
    try {
      switch (kind) {
        case "sql", "file" -> {
          try (Connection c = fx.connect(); Statement s = c.createStatement()) {
            s.setQueryTimeout(20);
            return new Outcome(null, drain(s, s.execute(input)));
          }
        }
        case "param" -> {
          try (Connection c = fx.connect(); PreparedStatement p = c.prepareStatement(input)) {
            p.setQueryTimeout(20);
            bind(p, extra);
            return new Outcome(null, drain(p, p.execute()));
          }
        }
        case "url" -> {
          Properties info = new Properties();
          info.setProperty("authToken", fx.synapse.user1Token());
          info.setProperty("maxRetries", "1");
          try (Connection c = DriverManager.getConnection(input, info)) {
            return new Outcome(null, ReliabilityFixture.rows(c, "SELECT COUNT(*) FROM " + fx.samples.getId())
                .toString());
          }
        }
        case "prop" -> {
          int eq = input.indexOf('=');
          try (Connection c = fx.connectAs(fx.synapse.user1Token(), input.substring(0, eq), input.substring(eq + 1))) {
            return new Outcome(null, ReliabilityFixture.rows(c, "SELECT COUNT(*) FROM " + fx.samples.getId())
                .toString());
          }
        }
        case "token" -> {
          Connection c;
          if ("{anon}".equals(input)) {
            c = fx.connectAs(null);
          } else if ("{profile}".equals(input)) {
            c = fx.connectAs(null, "profile", "nosuchprofile");
          } else {
            c = fx.connectAs(tokens.get(input));
          }
          try (c; Statement s = c.createStatement()) {
            return new Outcome(null, drain(s, s.execute(extra)));
          }
        }
        default -> throw new IllegalArgumentException("unknown kind " + kind);
      }
    } catch (SQLException e) {
      return new Outcome(e, null);
    }
  }

  private static String drain(Statement s, boolean hasResultSet) throws SQLException {
    if (!hasResultSet) {
      return "-" + s.getUpdateCount();
    }
    int n = 0;
    try (ResultSet rs = s.getResultSet()) {
      while (rs.next()) {
        n++;
      }
    }
    return String.valueOf(n);
  }

  private static void bind(PreparedStatement p, String value) throws SQLException {
    if (value.startsWith("str:")) {
      p.setString(1, unescape(value.substring(4)));
    } else if (value.startsWith("dbl:")) {
      p.setDouble(1, Double.parseDouble(value.substring(4)));
    } else {
      throw new IllegalArgumentException("bad parameter " + value);
    }
  }

  static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '\\' && i + 1 < s.length() && s.charAt(i + 1) == '\\') {
        out.append('\\');
        i++;
      } else if (ch == '\\' && i + 5 < s.length() && s.charAt(i + 1) == 'u') {
        out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
        i += 5;
      } else {
        out.append(ch);
      }
    }
    return out.toString();
  }

  private static String fill(String s) {
    String out = s;
    for (Map.Entry<String, String> e : placeholders.entrySet()) {
      out = out.replace(e.getKey(), e.getValue());
    }
    return out;
  }

  /** Requests that changed something: PUT/DELETE, or a POST that is not a read, answered with a 2xx. */
  static List<String> successfulWrites() {
    List<String> writes = new ArrayList<>();
    for (RequestLog.Entry e : fx.synapse.requestLog().entries()) {
      if (e.status() >= 300 || e.status() == 0 || isRead(e)) {
        continue;
      }
      writes.add(e.method() + " " + e.path() + " -> " + e.status());
    }
    return writes;
  }

  private static boolean isRead(RequestLog.Entry e) {
    if (e.method().equals("GET") || e.method().equals("HEAD")) {
      return true;
    }
    String route = e.routeKey() == null ? e.path() : e.routeKey();
    return e.method().equals("POST") && (route.endsWith("/bundle2") || route.endsWith("/entity/child")
        || route.endsWith("/entity/children") || route.endsWith("/entity/header")
        || route.endsWith("/table/query/async/start") || route.endsWith("/fileHandle/batch")
        || route.endsWith("/download/csv/async/start"));
  }
}

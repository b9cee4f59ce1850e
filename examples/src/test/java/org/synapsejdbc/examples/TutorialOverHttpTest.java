package org.synapsejdbc.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.synapsejdbc.local.LocalSynapse;

/**
 * The tutorial as a synapse.org user runs it: {@code --url} of a remote server and the token in
 * {@code SYNAPSE_AUTH_TOKEN}, in its own JVM, against a local-synapse reached over HTTP like any Synapse.
 */
class TutorialOverHttpTest {
  @Test
  void runsUnchangedAgainstAServerGivenByUrlWithTheTokenFromTheEnvironment(@TempDir Path temp) throws Exception {
    LocalSynapse server = LocalSynapse.builder().inMemory().port(0).build().start();
    try {
      server.seedDemo();
      Path out = temp.resolve("out.txt");
      ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-cp", System.getProperty("java.class.path"), Tutorial.class.getName(),
          "--url", "jdbc:synapse://127.0.0.1:" + server.port(), "--work", temp.resolve("files").toString())
          .directory(temp.toFile()).redirectErrorStream(true).redirectOutput(out.toFile());
      builder.environment().put("SYNAPSE_AUTH_TOKEN", server.user1Token());
      Process p = builder.start();
      assertTrue(p.waitFor(3, TimeUnit.MINUTES), "the tutorial did not finish in 3 minutes");
      String printed = Files.readString(out, UTF_8);
      assertEquals(0, p.exitValue(), printed);
      assertTrue(printed.contains("Token: from the environment variable SYNAPSE_AUTH_TOKEN"), printed);
      assertTrue(printed.contains("Tutorial finished: 15 steps in "), printed);
      assertTrue(printed.lines().anyMatch(l -> l.matches("Tutorial finished: 15 steps in [0-9.]+ s: 15 OK")),
          printed);
      assertTrue(!printed.contains(server.user1Token()), "the token must never be printed");
    } finally {
      server.stop();
    }
  }
}

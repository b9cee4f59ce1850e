package org.synapsejdbc.jdbc.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.local.LocalSynapse;
import org.synapsejdbc.local.http.RequestLog;

/**
 * Records the figures of a reliability run (counts, faults, retries, durations) in
 * {@code target/reliability-figures.txt}, from which {@code docs/reliability.md} is updated.
 */
final class Figures {
  private static final Logger LOG = LoggerFactory.getLogger(Figures.class);
  private static final Path FILE = Path.of("target", "reliability-figures.txt");

  private Figures() {
  }

  static void record(String test, Map<String, Object> figures) {
    String line = Instant.now() + " " + test + " " + new TreeMap<>(figures) + System.lineSeparator();
    LOG.info("reliability figures: {}", line.trim());
    try {
      Files.createDirectories(FILE.getParent());
      Files.writeString(FILE, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Forgets the server's request log and returns the injected-fault count so far, so that {@link #statuses} can
   * report only what happened in the measured phase.
   */
  static long startPhase(LocalSynapse synapse) {
    synapse.requestLog().reset();
    return synapse.faultInjector().injectedCount();
  }

  /**
   * Answers per HTTP status seen by the server since {@link #startPhase} (status 0 = connection reset), and the
   * faults injected in that phase.
   */
  static Map<String, Object> statuses(LocalSynapse synapse, long injectedBefore) {
    Map<String, Object> out = new TreeMap<>();
    for (RequestLog.Entry e : synapse.requestLog().entries()) {
      out.merge("http_" + e.status(), 1L, (a, b) -> (Long) a + (Long) b);
    }
    out.put("requests", synapse.requestLog().total());
    out.put("faultsInjected", synapse.faultInjector().injectedCount() - injectedBefore);
    return out;
  }
}

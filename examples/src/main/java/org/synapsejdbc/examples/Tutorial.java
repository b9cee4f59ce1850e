package org.synapsejdbc.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The Synapse getting-started tutorial in plain JDBC: connect, get a file's metadata and download it, read the
 * matrix through SQL, create a project and a folder, upload, annotate, version, record provenance, and query a
 * file view, one printed step at a time. Without options it runs against an embedded local-synapse with demo
 * data in a fresh temporary directory; {@code --url jdbc:synapse:} runs the same steps against synapse.org.
 */
public final class Tutorial {
  private Tutorial() {
  }

  public static void main(String[] args) throws IOException {
    if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
      System.out.println(TutorialOptions.USAGE);
      return;
    }
    TutorialOptions options;
    try {
      options = TutorialOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(64);
      return;
    }
    boolean freshStore = options.url() == null && options.dataDir() == null;
    // A fresh store per run keeps runs repeatable: each one starts from the same demo data.
    Path temp = freshStore || options.workDir() == null ? Files.createTempDirectory("synapse-tutorial-") : null;
    Path work = options.workDir() != null ? options.workDir() : temp.resolve("files");
    String url = options.url() != null ? options.url()
        : "jdbc:synapse:local:" + (options.dataDir() != null ? options.dataDir() : temp.resolve("local-synapse"))
            .toAbsolutePath();
    long start = System.nanoTime();
    List<StepResult> results = run(url, options, work, System.out);
    System.out.println();
    System.out.println(summary(results, (System.nanoTime() - start) / 1_000_000));
    if (temp != null) {
      System.out.println("Local files of this run (" + (freshStore ? "local-synapse data, " : "")
          + "downloads, uploads) are in " + temp);
    }
    // The embedded server (if any) stops with the JVM, which exit() ends even if a pool thread lingers.
    System.exit(exitStatus(results));
  }

  /** Runs every step against {@code url}, printing to {@code out}; returns the steps' outcomes. */
  public static List<StepResult> run(String url, TutorialOptions options, Path workDir, PrintStream out) {
    out.println("Synapse getting-started tutorial through JDBC (" + url + ")");
    StepRunner runner = new StepRunner(out);
    try (TutorialSession session = new TutorialSession(url, options, workDir)) {
      new ReadingSteps(runner, session).run();
      new WritingSteps(runner, session).run();
      new ViewSteps(runner, session).run();
    } catch (Exception e) {
      out.println("Closing the connection failed: " + StepRunner.rootMessage(e));
    }
    return runner.results();
  }

  /** One line per kind of outcome, e.g. {@code 16 steps in 4.2 s: 14 OK, 2 not available}. */
  public static String summary(List<StepResult> results, long millis) {
    StringBuilder b = new StringBuilder(String.format("Tutorial finished: %d steps in %.1f s: %d OK", results.size(),
        millis / 1000.0, count(results, StepStatus.OK)));
    for (StepStatus s : List.of(StepStatus.NOT_AVAILABLE, StepStatus.SKIPPED, StepStatus.FAILED)) {
      if (count(results, s) > 0) {
        b.append(", ").append(count(results, s)).append(' ').append(s.name().toLowerCase().replace('_', ' '));
      }
    }
    results.stream().filter(r -> r.status() != StepStatus.OK).forEach(r -> b.append("\n  step ")
        .append(r.number()).append(" (").append(r.title()).append("): ").append(r.status()).append(" - ")
        .append(r.problem()));
    return b.toString();
  }

  /** 0 when every step succeeded, 2 when some feature is missing (and nothing else failed), 1 otherwise. */
  static int exitStatus(List<StepResult> results) {
    if (count(results, StepStatus.FAILED) > 0) {
      return 1;
    }
    return count(results, StepStatus.OK) == results.size() ? 0 : 2;
  }

  private static long count(List<StepResult> results, StepStatus status) {
    return results.stream().filter(r -> r.status() == status).count();
  }
}

package org.synapsejdbc.examples;

import java.nio.file.Path;

/**
 * Command-line options of {@link Tutorial}.
 *
 * @param url           JDBC URL; null = {@code jdbc:synapse:local} with {@link #dataDir}
 * @param dataDir       data directory of the embedded local-synapse; null = a fresh temporary one
 * @param sourceProject name of the project holding the tutorial's input file
 * @param matrixName    name of the 100x4 tab-delimited matrix file in that project, or its id
 * @param workDir       local directory for downloads and uploads; null = a fresh temporary one
 */
public record TutorialOptions(String url, Path dataDir, String sourceProject, String matrixName, Path workDir) {
  /** The demo project of local-synapse, which holds the tutorial's matrix. */
  public static final String DEMO_PROJECT = "local-synapse demo";
  public static final String DEMO_MATRIX = "matrix_100x4.tsv";

  static final String USAGE = String.join("\n",
      "Usage: java -jar examples/target/tutorial.jar [options]",
      "  --url URL          JDBC URL (default: jdbc:synapse:local, an embedded local-synapse with demo data)",
      "                     e.g. --url jdbc:synapse: for synapse.org (token from SYNAPSE_AUTH_TOKEN or",
      "                     ~/.synapseConfig)",
      "  --data DIR         data directory of the embedded local-synapse (default: a fresh temporary one)",
      "  --project NAME     project holding the input matrix (default: '" + DEMO_PROJECT + "')",
      "  --matrix NAME      name of the 100x4 tab-delimited matrix file in it (default: " + DEMO_MATRIX + "),",
      "                     or its Synapse id (e.g. syn1899498 on synapse.org)",
      "  --work DIR         local directory for downloads and uploads (default: a fresh temporary one)",
      "  --help             print this help");

  /** Parses the arguments; throws {@link IllegalArgumentException} with the usage text on a mistake. */
  public static TutorialOptions parse(String... args) {
    String url = null;
    Path data = null;
    Path work = null;
    String project = DEMO_PROJECT;
    String matrix = DEMO_MATRIX;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--url" -> url = value(args, ++i, a);
        case "--data" -> data = Path.of(value(args, ++i, a));
        case "--project" -> project = value(args, ++i, a);
        case "--matrix" -> matrix = value(args, ++i, a);
        case "--work" -> work = Path.of(value(args, ++i, a));
        default -> throw new IllegalArgumentException("Unknown option " + a + "\n" + USAGE);
      }
    }
    if (url != null && data != null) {
      throw new IllegalArgumentException("--data is for the embedded local-synapse; with --url use "
          + "jdbc:synapse:local:DIR\n" + USAGE);
    }
    return new TutorialOptions(url, data, project, matrix, work);
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length || args[i].startsWith("--")) {
      throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
    }
    return args[i];
  }
}

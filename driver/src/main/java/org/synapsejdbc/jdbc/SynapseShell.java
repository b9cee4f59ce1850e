package org.synapsejdbc.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import sqlline.SqlLine;

/**
 * The SQL shell of the driver jar ({@code java -jar synapse-jdbc-VERSION-all.jar}): sqlline connected through the
 * Synapse driver. {@code -e SQL} runs statements and prints tables; {@code --local[=DIR]} uses an embedded
 * local-synapse; {@code --url URL} any Synapse URL. The token comes from {@code SYNAPSE_AUTH_TOKEN} or
 * {@code ~/.synapseConfig}, never from the command line. Other options go to sqlline unchanged.
 */
public final class SynapseShell {
  static final String USAGE = String.join("\n",
      "Usage: java -jar synapse-jdbc-" + DriverInfo.VERSION + "-all.jar [options] [sqlline options]",
      "  --url URL        connect to URL (default jdbc:synapse:, i.e. synapse.org)",
      "  --local[=DIR]    start an embedded local-synapse (data in DIR, default ~/.synapse-jdbc/local)",
      "  -e SQL           run SQL (repeatable), print the results as tables, then exit",
      "  --version        print the driver version",
      "  --help           print this help",
      "The access token is read from SYNAPSE_AUTH_TOKEN or ~/.synapseConfig (use ?profile=NAME in the URL",
      "for a named profile); the embedded local-synapse uses its built-in user1.");

  private SynapseShell() {
  }

  public static void main(String[] args) throws IOException {
    // Explicit exit: the JVM may hold an embedded local-synapse, which a shutdown hook stops.
    System.exit(run(args, System.in));
  }

  /** Runs the shell; returns the process exit status (0 when everything succeeded). */
  public static int run(String[] args, InputStream in) throws IOException {
    String url = null;
    List<String> statements = new ArrayList<>();
    List<String> passThrough = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--help") || a.equals("-h")) {
        System.out.println(USAGE);
        return 0;
      } else if (a.equals("--version")) {
        System.out.println(DriverInfo.DRIVER_NAME + " " + DriverInfo.VERSION);
        return 0;
      } else if (a.equals("--url") || a.equals("-u")) {
        url = requireValue(args, ++i, a);
      } else if (a.equals("--local")) {
        url = "jdbc:synapse:local";
      } else if (a.startsWith("--local=")) {
        url = "jdbc:synapse:local:" + a.substring("--local=".length());
      } else if (a.equals("-e")) {
        statements.add(requireValue(args, ++i, a));
      } else {
        passThrough.add(a);
      }
    }
    quietLogging(passThrough.contains("--verbose=true"));
    List<String> sqlline = new ArrayList<>(List.of("-d", SynapseDriver.class.getName(),
        "-u", url != null ? url : SynapseUrl.PREFIX, "-n", "", "-p", "",
        "--connectInteractionMode=notAskCredentials", "--isolation=TRANSACTION_NONE", "--fastConnect=true"));
    if (!statements.isEmpty()) {
      sqlline.addAll(List.of("--outputformat=table", "--showWarnings=false"));
      for (String sql : statements) {
        sqlline.add("-e");
        sqlline.add(sql);
      }
    }
    sqlline.addAll(passThrough);
    // SqlLine.start would call System.exit; begin returns the status instead.
    SqlLine.Status status = new SqlLine().begin(sqlline.toArray(new String[0]), in, statements.isEmpty());
    return status == SqlLine.Status.OK ? 0 : 1;
  }

  /**
   * The shell prints results on stdout and errors on stderr; progress logs (server start, demo seeding) would
   * drown them, so java.util.logging (the jar's SLF4J backend) shows warnings only unless sqlline runs verbose.
   */
  private static void quietLogging(boolean verbose) {
    if (System.getProperty("java.util.logging.config.file") == null) {
      java.util.logging.Logger.getLogger("").setLevel(verbose ? java.util.logging.Level.INFO
          : java.util.logging.Level.WARNING);
    }
  }

  private static String requireValue(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
    }
    return args[i];
  }
}

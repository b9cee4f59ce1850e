package org.synapsejdbc.calcite.procedure;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.synapsejdbc.calcite.error.SynapseSqlStates;

/** Checks local paths given to procedures before anything is sent to Synapse. */
final class LocalFiles {
  private LocalFiles() {
  }

  /** A regular file the JVM can read; otherwise 22023 (missing, a directory) or 42501 (not readable). */
  static Path readableFile(ProcedureArgs args, int index) {
    Path path = path(args, index);
    if (!Files.exists(path)) {
      throw args.invalid(index, "names a local file that does not exist: " + path.toAbsolutePath());
    }
    if (!Files.isRegularFile(path)) {
      throw args.invalid(index, "is not a regular file: " + path.toAbsolutePath());
    }
    if (!Files.isReadable(path)) {
      throw new ProcedureException(SynapseSqlStates.NO_PRIVILEGE,
          args.procedure() + ": the local file " + path.toAbsolutePath() + " is not readable");
    }
    return path;
  }

  /** A directory to write into (created if missing); the current directory when the argument is NULL. */
  static Path writableDirectory(ProcedureArgs args, int index) {
    String text = args.optString(index);
    Path dir = text == null ? Path.of("").toAbsolutePath() : path(args, index);
    try {
      Files.createDirectories(dir);
    } catch (java.io.IOException e) {
      throw new ProcedureException(SynapseSqlStates.NO_PRIVILEGE,
          args.procedure() + ": cannot create the local directory " + dir.toAbsolutePath() + ": " + e, e);
    }
    if (!Files.isDirectory(dir)) {
      throw args.invalid(index, "is not a directory: " + dir.toAbsolutePath());
    }
    if (!Files.isWritable(dir)) {
      throw new ProcedureException(SynapseSqlStates.NO_PRIVILEGE,
          args.procedure() + ": the local directory " + dir.toAbsolutePath() + " is not writable");
    }
    return dir;
  }

  private static Path path(ProcedureArgs args, int index) {
    String text = args.string(index);
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw args.invalid(index, "is not a valid local path: " + e.getMessage());
    }
  }
}

package org.synapsejdbc.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Local-file chores of the tutorial: MD5 of a file, its line count, writing a changed copy. */
final class LocalFiles {
  private LocalFiles() {
  }

  static String md5(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      byte[] buffer = new byte[64 * 1024];
      for (int n; (n = in.read(buffer)) > 0; ) {
        md5.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(md5.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static long lines(Path file) throws IOException {
    try (var lines = Files.lines(file)) {
      return lines.count();
    }
  }

  /** A copy of a tab-delimited file with one more row: the first data row again (the "edit" for version 2). */
  static Path withOneMoreRow(Path source, Path target) throws IOException {
    List<String> lines = Files.readAllLines(source);
    String extra = lines.size() > 1 ? lines.get(1) : lines.get(0);
    Files.createDirectories(target.getParent());
    StringBuilder text = new StringBuilder(Files.readString(source));
    if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
      text.append('\n');
    }
    text.append(extra).append('\n');
    Files.writeString(target, text);
    return target;
  }
}

package org.synapsejdbc.client.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** MD5 digests as lower-case hex, the form Synapse uses for {@code contentMd5} and {@code partMD5Hex}. */
public final class Md5 {
  private Md5() {}

  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  public static String hex(byte[] bytes) {
    MessageDigest d = newDigest();
    d.update(bytes);
    return hex(d);
  }

  public static String ofFile(Path file) throws IOException {
    MessageDigest d = newDigest();
    byte[] buf = new byte[64 * 1024];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buf)) > 0; ) {
        d.update(buf, 0, n);
      }
    }
    return hex(d);
  }
}

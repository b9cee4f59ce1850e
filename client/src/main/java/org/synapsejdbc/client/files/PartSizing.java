package org.synapsejdbc.client.files;

/** Synapse's multipart rules: parts of at least 5 MiB, at most 10,000 of them, files of 1 byte to 5 TiB. */
public final class PartSizing {
  public static final long MIN_PART_SIZE = 5L * 1024 * 1024;
  public static final long MAX_PART_SIZE = 5L * 1024 * 1024 * 1024;
  public static final long MAX_PARTS = 10_000;

  private PartSizing() {}

  /** {@code max(5 MiB, ceil(fileSize / 10000))}. */
  public static long partSize(long fileSize) {
    return Math.max(MIN_PART_SIZE, (fileSize + MAX_PARTS - 1) / MAX_PARTS);
  }

  /** Number of parts for a file of {@code fileSize} bytes cut into {@code partSize} parts. */
  public static int partCount(long fileSize, long partSize) {
    return (int) ((fileSize + partSize - 1) / partSize);
  }
}

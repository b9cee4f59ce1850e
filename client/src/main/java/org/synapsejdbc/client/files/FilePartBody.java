package org.synapsejdbc.client.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/** A request body streaming one byte range of a file, so a part is never held in memory. No Content-Type. */
final class FilePartBody extends RequestBody {
  private final Path file;
  private final long offset;
  private final long length;

  FilePartBody(Path file, long offset, long length) {
    this.file = file;
    this.offset = offset;
    this.length = length;
  }

  @Override
  public MediaType contentType() {
    return null;
  }

  @Override
  public long contentLength() {
    return length;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(offset);
      try (Source source = Okio.source(in)) {
        long left = length;
        while (left > 0) {
          long n = source.read(sink.getBuffer(), Math.min(left, 64 * 1024));
          if (n < 0) {
            throw new IOException(file + " shrank while being uploaded");
          }
          left -= n;
          sink.emit();
        }
      }
    }
  }
}

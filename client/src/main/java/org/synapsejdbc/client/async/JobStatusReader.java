package org.synapsejdbc.client.async;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the progress fields of a 202 {@code AsynchronousJobStatus} as a stream, skipping the rest: Synapse echoes
 * the job's whole {@code requestBody} in every status (up to 2 MiB for a table transaction), which a tree would
 * build on every poll only to be thrown away.
 */
final class JobStatusReader {
  /** The fields of a status that progress reporting uses; absent ones are null. */
  record Status(String state, String message, Long current, Long total) {
  }

  private JobStatusReader() {
  }

  static Status read(ObjectMapper mapper, InputStream in) throws IOException {
    String state = null;
    String message = null;
    Long current = null;
    Long total = null;
    try (JsonParser p = mapper.getFactory().createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return new Status(null, null, null, null);
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "jobState" -> state = text(p, value);
          case "progressMessage" -> message = text(p, value);
          case "progressCurrent" -> current = number(p, value);
          case "progressTotal" -> total = number(p, value);
          default -> p.skipChildren();
        }
      }
    }
    return new Status(state, message, current, total);
  }

  private static String text(JsonParser p, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    if (value.isStructStart()) {
      p.skipChildren();
      return null;
    }
    return p.getText();
  }

  private static Long number(JsonParser p, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getValueAsLong();
    }
    if (value == JsonToken.VALUE_STRING) {
      String s = p.getText().trim();
      try {
        return Long.valueOf(s);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    p.skipChildren();
    return null;
  }
}

package org.synapsejdbc.client.http;

import java.io.IOException;

/**
 * A pooled connection turned out to be closed by the server before any byte of the request was written on it, so
 * the request did not reach the server and may be sent again on another connection whatever its method.
 */
public final class StaleConnectionException extends IOException {
  private static final long serialVersionUID = 1L;

  StaleConnectionException(String message) {
    super(message);
  }
}

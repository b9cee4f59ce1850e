package org.synapsejdbc.client.http;

import java.io.IOException;
import okhttp3.ResponseBody;

/**
 * Decodes a successful (2xx) response. Must be restartable: after an I/O failure while reading, an idempotent
 * request is re-sent and the handler runs again, so it must not have published partial results.
 */
@FunctionalInterface
public interface ResponseHandler<T> {
  T handle(int status, ResponseBody body) throws IOException;
}

package org.synapsejdbc.client.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.synapsejdbc.client.SynapseEndpoints;
import org.synapsejdbc.client.auth.Credentials;

/**
 * Adds {@code Authorization: Bearer} to requests the transport marked as Synapse calls and whose URL lies under a
 * Synapse service prefix; presigned storage URLs never get it (S3 rejects a second auth mechanism, and the token
 * must not leak to storage hosts).
 */
final class AuthInterceptor implements Interceptor {
  /** Tag marking a request as a Synapse REST call. */
  static final class SynapseCallTag {
    static final SynapseCallTag INSTANCE = new SynapseCallTag();
  }

  private final Credentials credentials;
  private final SynapseEndpoints endpoints;

  AuthInterceptor(Credentials credentials, SynapseEndpoints endpoints) {
    this.credentials = credentials;
    this.endpoints = endpoints;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (request.tag(SynapseCallTag.class) == null || !endpoints.isSynapseServiceUrl(request.url())
        || credentials.isAnonymous()) {
      return chain.proceed(request.newBuilder().removeHeader("Authorization").build());
    }
    return chain.proceed(request.newBuilder()
        .header("Authorization", "Bearer " + credentials.bearerToken().orElseThrow())
        .build());
  }
}

package org.synapsejdbc.client;

import java.util.List;
import java.util.Objects;
import okhttp3.HttpUrl;
import org.synapsejdbc.client.error.SynapseConfigurationException;

/**
 * The three Synapse service base URLs (repo, file, auth). https is required except for loopback hosts, so a
 * token is never sent in clear text over a network.
 */
public final class SynapseEndpoints {
  /** synapse.org production, as the official Java client configures it. */
  public static final SynapseEndpoints PRODUCTION = of("https://repo-prod.prod.sagebase.org");

  private final HttpUrl repo;
  private final HttpUrl file;
  private final HttpUrl auth;

  private SynapseEndpoints(HttpUrl repo, HttpUrl file, HttpUrl auth) {
    this.repo = repo;
    this.file = file;
    this.auth = auth;
  }

  /** Endpoints of one server: {@code base + /repo/v1}, {@code /file/v1}, {@code /auth/v1}. */
  public static SynapseEndpoints of(String baseUrl) {
    String base = stripSlash(baseUrl);
    return of(base + "/repo/v1", base + "/file/v1", base + "/auth/v1");
  }

  /** Explicit endpoints; each must be https or point to a loopback address. */
  public static SynapseEndpoints of(String repoUrl, String fileUrl, String authUrl) {
    return new SynapseEndpoints(check("repo", repoUrl), check("file", fileUrl), check("auth", authUrl));
  }

  public HttpUrl repo() {
    return repo;
  }

  public HttpUrl file() {
    return file;
  }

  public HttpUrl auth() {
    return auth;
  }

  /** Whether {@code url} lies under one of the three service prefixes (same scheme, host, port and path prefix). */
  public boolean isSynapseServiceUrl(HttpUrl url) {
    for (HttpUrl base : List.of(repo, file, auth)) {
      if (base.scheme().equals(url.scheme()) && base.host().equalsIgnoreCase(url.host())
          && base.port() == url.port() && url.encodedPath().startsWith(base.encodedPath())) {
        return true;
      }
    }
    return false;
  }

  private static HttpUrl check(String which, String url) {
    Objects.requireNonNull(url, which + " endpoint");
    HttpUrl parsed = HttpUrl.parse(stripSlash(url));
    if (parsed == null) {
      throw new SynapseConfigurationException("The " + which + " endpoint is not a valid http(s) URL: " + url);
    }
    if (!parsed.isHttps() && !isLoopback(parsed.host())) {
      throw new SynapseConfigurationException("The " + which + " endpoint " + parsed.scheme() + "://" + parsed.host()
          + " must use https: plain http is only allowed for loopback addresses (localhost, 127.0.0.0/8, ::1)"
          + " so that access tokens never travel unencrypted.");
    }
    return parsed;
  }

  /** Loopback by literal name or address only: no DNS lookup, so a hostile resolver cannot turn it into one. */
  static boolean isLoopback(String host) {
    String h = host.toLowerCase(java.util.Locale.ROOT);
    if (h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")) {
      return true;
    }
    return h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }

  private static String stripSlash(String url) {
    String u = url.strip();
    while (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    return u;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SynapseEndpoints e && repo.equals(e.repo) && file.equals(e.file) && auth.equals(e.auth);
  }

  @Override
  public int hashCode() {
    return Objects.hash(repo, file, auth);
  }

  @Override
  public String toString() {
    return "SynapseEndpoints{repo=" + repo + ", file=" + file + ", auth=" + auth + "}";
  }
}

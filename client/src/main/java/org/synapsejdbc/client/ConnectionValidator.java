package org.synapsejdbc.client;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.client.auth.Credentials;
import org.synapsejdbc.client.auth.TokenScopes;
import org.synapsejdbc.client.error.SynapseException;
import org.synapsejdbc.client.error.SynapseForbiddenException;
import org.synapsejdbc.client.error.SynapseUnauthenticatedException;
import org.synapsejdbc.client.http.Service;
import org.synapsejdbc.client.http.SynapseTransport;
import org.synapsejdbc.client.model.UserProfile;
import org.synapsejdbc.client.ops.UserOperations;

/**
 * Checks credentials at connect: {@code GET /userProfile} (an invalid token fails here), then the scopes the
 * token lacks. A JWT token's {@code access.scope} claim answers directly; for an opaque token each scope is probed
 * with a request that cannot change anything (a body Synapse rejects, an empty batch): Synapse checks scopes before
 * reading the body, so {@code 403 insufficient_scope} means the scope is missing and any other answer that it is
 * present.
 */
final class ConnectionValidator {
  private static final Logger LOG = LoggerFactory.getLogger(ConnectionValidator.class);
  private static final Pattern MISSING_SCOPES = Pattern.compile("lacks scope\\(s\\) required by this service: (.*)");

  private final SynapseTransport transport;
  private final Credentials credentials;
  private final UserOperations users;

  ConnectionValidator(SynapseTransport transport, Credentials credentials, UserOperations users) {
    this.transport = transport;
    this.credentials = credentials;
    this.users = users;
  }

  ConnectionCheck validate() {
    Set<String> missing = new LinkedHashSet<>();
    UserProfile profile = null;
    try {
      profile = users.profile();
    } catch (SynapseForbiddenException e) {
      missing.addAll(missingScopes(e).orElseThrow(() -> e));
    } catch (SynapseUnauthenticatedException e) {
      throw new SynapseUnauthenticatedException(e.status(), "Synapse rejected the access token from "
          + credentials.source() + " (" + e.reason() + "). It may be mistyped, expired (180 days unused) or"
          + " revoked; create a new personal access token.");
    }
    boolean verified = true;
    if (!credentials.isAnonymous()) {
      Optional<Set<String>> claimed = credentials.bearerToken().flatMap(TokenScopes::of);
      if (claimed.isPresent()) {
        ConnectionCheck.DRIVER_SCOPES.stream().filter(s -> !claimed.get().contains(s)).forEach(missing::add);
      } else if (!missing.contains("view")) {
        verified &= probe("download", Service.FILE, "/fileHandle/batch",
            Map.of("requestedFiles", java.util.List.of(), "includePreSignedURLs", false), missing);
        // An entity body without concreteType is rejected before anything is created.
        verified &= probe("modify", Service.REPO, "/entity", Map.of(), missing);
      }
    }
    ConnectionCheck check = new ConnectionCheck(profile, credentials.isAnonymous(), missing, verified);
    if (missing.isEmpty()) {
      LOG.debug(check.describe());
    } else {
      LOG.warn(check.describe());
    }
    return check;
  }

  /** Returns whether the probe was conclusive. */
  private boolean probe(String scope, Service service, String path, Object body, Set<String> missing) {
    try {
      transport.post(service, path).body(body).asTree();
      return true;
    } catch (SynapseForbiddenException e) {
      Optional<Set<String>> lacking = missingScopes(e);
      lacking.ifPresent(missing::addAll);
      return true;
    } catch (SynapseUnauthenticatedException e) {
      throw e;
    } catch (SynapseException e) {
      // 400 (the body was read, so the scope check passed); 404 (route not served) is inconclusive.
      return e.status() != 404 && e.status() != 0 && e.status() < 500;
    }
  }

  private static Optional<Set<String>> missingScopes(SynapseForbiddenException e) {
    Matcher m = MISSING_SCOPES.matcher(e.reason());
    if (!m.find()) {
      return Optional.empty();
    }
    Set<String> scopes = new LinkedHashSet<>();
    for (String s : m.group(1).split(",\\s*")) {
      scopes.add(s.strip());
    }
    return Optional.of(scopes);
  }
}

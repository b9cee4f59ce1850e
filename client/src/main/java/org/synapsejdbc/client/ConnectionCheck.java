package org.synapsejdbc.client;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.synapsejdbc.client.model.UserProfile;

/**
 * Outcome of {@link SynapseClient#validate()}: who the token belongs to and which of the scopes a driver needs
 * ({@code view}, {@code download}, {@code modify}) it lacks, explained in plain words.
 */
public record ConnectionCheck(UserProfile profile, boolean anonymous, Set<String> missingScopes,
    boolean scopesVerified) {
  /** The scopes the driver uses, in the order they are explained. */
  public static final List<String> DRIVER_SCOPES = List.of("view", "download", "modify");

  public ConnectionCheck {
    missingScopes = Set.copyOf(new LinkedHashSet<>(missingScopes));
  }

  public boolean canView() {
    return !anonymous && !missingScopes.contains("view");
  }

  public boolean canDownload() {
    return !anonymous && !missingScopes.contains("download");
  }

  public boolean canModify() {
    return !anonymous && !missingScopes.contains("modify");
  }

  /** A plain-language summary for logs and connection warnings. */
  public String describe() {
    if (anonymous) {
      return "Connected anonymously: only public content can be read, and table queries need a token with the"
          + " 'view' and 'download' scopes.";
    }
    StringBuilder sb = new StringBuilder("Connected as ")
        .append(profile == null ? "an unknown user" : profile.getUserName()).append('.');
    for (String scope : DRIVER_SCOPES) {
      if (missingScopes.contains(scope)) {
        sb.append(' ').append(explain(scope));
      }
    }
    if (!scopesVerified) {
      sb.append(" The token is not a JWT, so its 'download' and 'modify' scopes could not be checked in advance;"
          + " a missing scope will be reported by the first call that needs it.");
    }
    return sb.toString();
  }

  private static String explain(String scope) {
    return switch (scope) {
      case "view" -> "The token lacks the 'view' scope: it cannot read entities, schemas or annotations.";
      case "download" -> "The token lacks the 'download' scope: it cannot run table queries or download files.";
      case "modify" -> "The token lacks the 'modify' scope: it cannot create, change or delete entities, write"
          + " table rows or annotations, or upload files.";
      default -> "The token lacks the '" + scope + "' scope.";
    };
  }
}

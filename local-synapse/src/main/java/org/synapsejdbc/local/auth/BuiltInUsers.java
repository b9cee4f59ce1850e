package org.synapsejdbc.local.auth;

import java.util.EnumSet;
import java.util.Set;
import org.synapsejdbc.local.http.Scope;

/**
 * The users and fixed tokens every local-synapse has (documented in the README; never use them outside
 * local development). User 1 also has a view-only and a view+download token for scope tests.
 */
public final class BuiltInUsers {

    public static final long USER1_ID = 3_400_001L;
    public static final String USER1_NAME = "user1";
    public static final long USER2_ID = 3_400_002L;
    public static final String USER2_NAME = "user2";

    /** Full-scope token of user 1 (view, download, modify, and the identity scopes). */
    public static final String USER1_TOKEN = "local-synapse-user1-full-token";
    /** view-only token of user 1. */
    public static final String USER1_VIEW_TOKEN = "local-synapse-user1-view-token";
    /** view+download token of user 1. */
    public static final String USER1_VIEW_DOWNLOAD_TOKEN = "local-synapse-user1-view-download-token";
    /** Full-scope token of user 2. */
    public static final String USER2_TOKEN = "local-synapse-user2-full-token";

    /** The scopes of a "full" personal access token as the Synapse web UI issues it. */
    public static final Set<Scope> FULL = EnumSet.of(Scope.OPENID, Scope.EMAIL, Scope.PROFILE, Scope.VIEW,
            Scope.DOWNLOAD, Scope.MODIFY);

    private BuiltInUsers() {
    }

    public static void install(UserStore users) {
        users.ensureUser(USER1_ID, USER1_NAME, "user1@local-synapse.invalid", "User", "One");
        users.ensureUser(USER2_ID, USER2_NAME, "user2@local-synapse.invalid", "User", "Two");
        users.registerToken(USER1_ID, USER1_TOKEN, "user1 full", FULL);
        users.registerToken(USER1_ID, USER1_VIEW_TOKEN, "user1 view", EnumSet.of(Scope.VIEW));
        users.registerToken(USER1_ID, USER1_VIEW_DOWNLOAD_TOKEN, "user1 view+download",
                EnumSet.of(Scope.VIEW, Scope.DOWNLOAD));
        users.registerToken(USER2_ID, USER2_TOKEN, "user2 full", FULL);
    }
}

package org.synapsejdbc.local.http;

import java.util.EnumSet;
import java.util.Set;

/** The authenticated principal of one request: user id, name and the scopes its token grants. */
public record Caller(long userId, String userName, Set<Scope> scopes) {

    /** Synapse's anonymous user id. */
    public static final long ANONYMOUS_ID = 273950L;
    /** Synapse's PUBLIC group (everybody, including anonymous). */
    public static final long PUBLIC_GROUP_ID = 273948L;
    /** Synapse's AUTHENTICATED_USERS group. */
    public static final long AUTHENTICATED_USERS_GROUP_ID = 273949L;

    public static final Caller ANONYMOUS = new Caller(ANONYMOUS_ID, "anonymous", EnumSet.allOf(Scope.class));

    public boolean isAnonymous() {
        return userId == ANONYMOUS_ID;
    }

    public String userIdString() {
        return Long.toString(userId);
    }

    @Override
    public String toString() {
        return "Caller[" + userId + "]";
    }
}

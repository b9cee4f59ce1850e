package org.synapsejdbc.local.auth;

import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Authenticator;
import org.synapsejdbc.local.http.Caller;

/** Authenticates {@code Authorization: Bearer <personal access token>}; no header means anonymous. */
public final class TokenAuthenticator implements Authenticator {

    private static final String BEARER = "Bearer ";
    private final UserStore users;

    public TokenAuthenticator(UserStore users) {
        this.users = users;
    }

    @Override
    public Caller authenticate(String authorization) {
        if (authorization == null || authorization.isEmpty()) {
            return Caller.ANONYMOUS;
        }
        if (!authorization.startsWith(BEARER)) {
            // Synapse only reads a token from the literal "Bearer " scheme; other schemes are not its credentials.
            return Caller.ANONYMOUS;
        }
        String token = authorization.substring(BEARER.length()).trim();
        return users.callerForToken(token).orElseThrow(ApiException::invalidToken);
    }
}

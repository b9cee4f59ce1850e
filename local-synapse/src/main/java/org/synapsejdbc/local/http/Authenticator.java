package org.synapsejdbc.local.http;

/** Turns the request's credentials into a {@link Caller}; implemented by the auth package. */
@FunctionalInterface
public interface Authenticator {

    /**
     * @param authorization the {@code Authorization} header, or null
     * @return the caller ({@link Caller#ANONYMOUS} when no credentials were sent)
     * @throws ApiException 401 for an invalid token
     */
    Caller authenticate(String authorization);
}

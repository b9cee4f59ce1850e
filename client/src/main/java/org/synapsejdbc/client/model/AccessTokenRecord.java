package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Metadata related to an issued personal access token. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class AccessTokenRecord {
    /** The unique ID of the access token. */
    private String id;

    /** The ID of the user that the token belongs to. */
    private String userId;

    /** The scopes that have been granted to this token. */
    private List<OAuthScope> scopes;

    /** The OIDC claims that can be accessed using this token. */
    private Map<OIDCClaimName, OIDCClaimsRequestDetails> userInfoClaims;

    /** A unique, typically human-readable name for the token. */
    private String name;

    /** The date this personal access token was initially issued. */
    private Instant createdOn;

    /** The date this personal access token was last used. */
    private Instant lastUsed;

    /** The enumeration of possible personal access token states. */
    private AccessTokenState state;

    public String getId() {
        return id;
    }

    public AccessTokenRecord setId(String id) {
        this.id = id;
        return this;
    }

    public String getUserId() {
        return userId;
    }

    public AccessTokenRecord setUserId(String userId) {
        this.userId = userId;
        return this;
    }

    public List<OAuthScope> getScopes() {
        return scopes;
    }

    public AccessTokenRecord setScopes(List<OAuthScope> scopes) {
        this.scopes = scopes;
        return this;
    }

    public Map<OIDCClaimName, OIDCClaimsRequestDetails> getUserInfoClaims() {
        return userInfoClaims;
    }

    public AccessTokenRecord setUserInfoClaims(Map<OIDCClaimName, OIDCClaimsRequestDetails> userInfoClaims) {
        this.userInfoClaims = userInfoClaims;
        return this;
    }

    public String getName() {
        return name;
    }

    public AccessTokenRecord setName(String name) {
        this.name = name;
        return this;
    }

    public Instant getCreatedOn() {
        return createdOn;
    }

    public AccessTokenRecord setCreatedOn(Instant createdOn) {
        this.createdOn = createdOn;
        return this;
    }

    public Instant getLastUsed() {
        return lastUsed;
    }

    public AccessTokenRecord setLastUsed(Instant lastUsed) {
        this.lastUsed = lastUsed;
        return this;
    }

    public AccessTokenState getState() {
        return state;
    }

    public AccessTokenRecord setState(AccessTokenState state) {
        this.state = state;
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        AccessTokenRecord that = (AccessTokenRecord) o;
        return Objects.equals(id, that.id)
                && Objects.equals(userId, that.userId)
                && Objects.equals(scopes, that.scopes)
                && Objects.equals(userInfoClaims, that.userInfoClaims)
                && Objects.equals(name, that.name)
                && Objects.equals(createdOn, that.createdOn)
                && Objects.equals(lastUsed, that.lastUsed)
                && Objects.equals(state, that.state);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, userId, scopes, userInfoClaims, name, createdOn, lastUsed, state);
    }

    @Override
    public String toString() {
        return "AccessTokenRecord{"
                + "id=" + id
                + ", userId=" + userId
                + ", scopes=" + scopes
                + ", userInfoClaims=" + userInfoClaims
                + ", name=" + name
                + ", createdOn=" + createdOn
                + ", lastUsed=" + lastUsed
                + ", state=" + state
                + '}';
    }
}

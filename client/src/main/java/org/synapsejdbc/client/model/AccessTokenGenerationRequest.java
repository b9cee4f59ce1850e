package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Request body for creating a personal access token. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class AccessTokenGenerationRequest {
    /** The scopes that have been granted to this token. */
    private List<OAuthScope> scope;

    /** The OIDC claims that can be accessed using this token. */
    private Map<OIDCClaimName, OIDCClaimsRequestDetails> userInfoClaims;

    /** A unique, typically human-readable name for the token. */
    private String name;

    public List<OAuthScope> getScope() {
        return scope;
    }

    public AccessTokenGenerationRequest setScope(List<OAuthScope> scope) {
        this.scope = scope;
        return this;
    }

    public Map<OIDCClaimName, OIDCClaimsRequestDetails> getUserInfoClaims() {
        return userInfoClaims;
    }

    public AccessTokenGenerationRequest setUserInfoClaims(Map<OIDCClaimName, OIDCClaimsRequestDetails> userInfoClaims) {
        this.userInfoClaims = userInfoClaims;
        return this;
    }

    public String getName() {
        return name;
    }

    public AccessTokenGenerationRequest setName(String name) {
        this.name = name;
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
        AccessTokenGenerationRequest that = (AccessTokenGenerationRequest) o;
        return Objects.equals(scope, that.scope)
                && Objects.equals(userInfoClaims, that.userInfoClaims)
                && Objects.equals(name, that.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(scope, userInfoClaims, name);
    }

    @Override
    public String toString() {
        return "AccessTokenGenerationRequest{"
                + "scope=" + scope
                + ", userInfoClaims=" + userInfoClaims
                + ", name=" + name
                + '}';
    }
}

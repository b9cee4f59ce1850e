package org.synapsejdbc.local.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.synapsejdbc.local.http.Json;
import org.synapsejdbc.local.http.Scope;

/**
 * Issues new personal access tokens in Synapse's JWT shape ({@code header.payload.signature}, payload with
 * {@code access.scope}, {@code sub}, {@code token_type}), so clients can read the scopes as they do from real
 * PATs. The signature is random: local-synapse validates tokens by (hashed) lookup, not by signature.
 */
final class JwtShapedTokens {

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private JwtShapedTokens() {
    }

    static String issue(SecureRandom random, long userId, Set<Scope> scopes) {
        long now = System.currentTimeMillis() / 1000;
        var header = Json.object().put("typ", "JWT").put("kid", "local-synapse").put("alg", "RS256");
        var payload = Json.object();
        var access = payload.putObject("access");
        var arr = access.putArray("scope");
        scopes.stream().map(Scope::wireName).sorted().collect(Collectors.toList()).forEach(arr::add);
        access.putObject("oidc_claims");
        payload.put("token_type", "PERSONAL_ACCESS_TOKEN").put("iss", "local-synapse").put("aud", "0")
                .put("nbf", now).put("iat", now).put("jti", UUID.randomUUID().toString())
                .put("sub", Long.toString(userId));
        byte[] signature = new byte[64];
        random.nextBytes(signature);
        return B64.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(payload.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + B64.encodeToString(signature);
    }
}

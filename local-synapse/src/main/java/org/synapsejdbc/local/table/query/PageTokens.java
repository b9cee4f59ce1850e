package org.synapsejdbc.local.table.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.synapsejdbc.client.model.Query;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Json;

/** The opaque {@code QueryNextPageToken.token}: the next page's {@code Query} (offset advanced), base64url JSON. */
final class PageTokens {

    private PageTokens() {
    }

    static Query copy(Query q) {
        return Json.mapper().convertValue(q, Query.class);
    }

    static String encode(Query q) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Json.mapper().writeValueAsBytes(q));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Query decode(String token) {
        try {
            return Json.mapper().readValue(new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8),
                    Query.class);
        } catch (IllegalArgumentException | JsonProcessingException | NullPointerException e) {
            throw ApiException.badRequest("Invalid next page token: " + token);
        }
    }
}

package org.synapsejdbc.local.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.synapsejdbc.local.http.Json;

/**
 * The demo seeder's REST client: it builds the demo through the server's own public API (as a user would), so the
 * demo content is exactly what the routes produce. Failures stop the seeding with the server's answer.
 */
public final class DemoApi {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final String token;

    DemoApi(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    public ObjectNode object() {
        return Json.mapper().createObjectNode();
    }

    public JsonNode get(String path) {
        return send("GET", path, null);
    }

    public JsonNode post(String path, JsonNode body) {
        return send("POST", path, body);
    }

    public JsonNode put(String path, JsonNode body) {
        return send("PUT", path, body);
    }

    private JsonNode send(String method, String path, JsonNode body) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                    .header("Authorization", "Bearer " + token)
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(Json.mapper().writeValueAsBytes(body)));
            if (body != null) {
                b.header("Content-Type", "application/json; charset=UTF-8");
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException("demo seeding: " + method + " " + path + " answered "
                        + r.statusCode() + " " + r.body());
            }
            return r.body().isEmpty() ? object() : Json.mapper().readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException("demo seeding: " + method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("demo seeding interrupted", e);
        }
    }
}

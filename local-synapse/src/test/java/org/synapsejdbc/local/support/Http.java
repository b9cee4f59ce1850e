package org.synapsejdbc.local.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.synapsejdbc.client.model.SchemaValidator;
import org.synapsejdbc.client.model.SynapseJson;

/** A raw HTTP client for tests (java.net.http), so the wire format is asserted exactly, not through the client. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String token;

    public Http(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** The same server as another caller (null = anonymous). */
    public Http as(String otherToken) {
        return new Http(base, otherToken);
    }

    public Res get(String path) {
        return send("GET", path, null);
    }

    public Res post(String path, Object body) {
        return send("POST", path, body);
    }

    public Res put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Res delete(String path) {
        return send("DELETE", path, null);
    }

    /** {@code body}: null, a String (sent verbatim) or an object serialized with SynapseJson. */
    public Res send(String method, String path, Object body) {
        try {
            String text = body == null ? null : body instanceof String s ? s
                    : SynapseJson.mapper().writeValueAsString(body);
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Accept", "application/json")
                    .method(method, text == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(text));
            if (text != null) {
                b.header("Content-Type", "application/json; charset=UTF-8");
            }
            if (token != null) {
                b.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Res(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, body text, JSON and assertion helpers. */
    public static final class Res {
        private final HttpResponse<String> r;

        Res(HttpResponse<String> r) {
            this.r = r;
        }

        public int status() {
            return r.statusCode();
        }

        public String body() {
            return r.body();
        }

        public String header(String name) {
            return r.headers().firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return SynapseJson.mapper().readTree(r.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + r.statusCode() + "): " + r.body(), e);
            }
        }

        public String text(String field) {
            JsonNode v = json().get(field);
            return v == null || v.isNull() ? null : v.asText();
        }

        /** Asserts the status, returns this. */
        public Res expect(int status) {
            if (r.statusCode() != status) {
                throw new AssertionError("expected " + status + " but got " + r.statusCode() + " for "
                        + r.request().method() + " " + r.uri().getPath() + ": " + r.body());
            }
            return this;
        }

        /** Asserts status and that the body conforms to the named schema. */
        public Res expect(int status, String schema) {
            expect(status);
            SchemaValidator.assertValid(schema, json());
            return this;
        }

        /** Asserts a Synapse error: status, ErrorResponse shape, exact reason. */
        public Res expectError(int status, String reason) {
            expect(status);
            JsonNode j = json();
            if (!"org.sagebionetworks.repo.model.ErrorResponse".equals(j.path("concreteType").asText())) {
                throw new AssertionError("not an ErrorResponse: " + r.body());
            }
            SchemaValidator.assertValid("org.sagebionetworks.repo.model.ErrorResponse", j);
            if (reason != null && !reason.equals(j.path("reason").asText())) {
                throw new AssertionError("reason\n expected: " + reason + "\n   actual: " + j.path("reason").asText());
            }
            return this;
        }

        public <T> T as(Class<T> type) {
            try {
                return SynapseJson.mapper().readValue(r.body(), type);
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
    }
}

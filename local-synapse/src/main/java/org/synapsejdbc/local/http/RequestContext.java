package org.synapsejdbc.local.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

/** One request as a route sees it: caller, path variables, query parameters, headers and the body. */
public final class RequestContext {

    /** Synapse rejects bodies over 2 MiB with 413. */
    public static final int MAX_BODY_BYTES = 2 * 1024 * 1024;

    private final Request request;
    private final Route route;
    private final Map<String, String> pathVars;
    private Fields query;
    private Caller caller = Caller.ANONYMOUS;
    private byte[] body;

    RequestContext(Request request, Route route, Map<String, String> pathVars) {
        this.request = request;
        this.route = route;
        this.pathVars = pathVars;
    }

    public Caller caller() {
        return caller;
    }

    void caller(Caller c) {
        this.caller = c;
    }

    public Route route() {
        return route;
    }

    public String method() {
        return request.getMethod();
    }

    /** The request path, without query. */
    public String path() {
        return request.getHttpURI().getPath();
    }

    /** {@code http://host:port} as the client addressed this server; for building URLs that point back here. */
    public String origin() {
        var uri = request.getHttpURI();
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }

    /**
     * {@code http://host:port} of the storage connector, with the host the client addressed: the base of
     * presigned URLs. A different port from {@link #origin()}, so clients that add their token to URLs on the
     * repo's host:port (the official Python client) do not send it to storage.
     */
    public String storageOrigin() {
        var uri = request.getHttpURI();
        int port = StorageConnector.localPort(request.getConnectionMetaData().getConnector().getServer());
        return port <= 0 ? origin() : uri.getScheme() + "://" + uri.getHost() + ":" + port;
    }

    /** Whether this request arrived on the storage connector. */
    public boolean onStorageConnector() {
        return StorageConnector.is(request.getConnectionMetaData().getConnector());
    }

    public String pathVar(String name) {
        String v = pathVars.get(name);
        if (v == null) {
            throw new IllegalStateException("route " + route + " has no path variable " + name);
        }
        return v;
    }

    /** A query parameter, or null. */
    public String query(String name) {
        return queryFields().getValue(name);
    }

    public List<String> queryValues(String name) {
        return queryFields().getValues(name);
    }

    private Fields queryFields() {
        if (query == null) {
            try {
                query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
            } catch (RuntimeException e) {
                throw ApiException.badRequest("Invalid query string: " + e.getMessage());
            }
        }
        return query;
    }

    public boolean queryBoolean(String name, boolean dflt) {
        String v = query(name);
        return v == null ? dflt : Boolean.parseBoolean(v);
    }

    /** A numeric query parameter; a non-number is a 400 like Spring's conversion failure. */
    public Long queryLong(String name, Long dflt) {
        String v = query(name);
        if (v == null || v.isEmpty()) {
            return dflt;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Failed to convert value of type 'java.lang.String' to required type 'long'; "
                    + "For input string: \"" + v + "\"");
        }
    }

    public String header(String name) {
        return request.getHeaders().get(name);
    }

    /** The raw body (read once, capped at 2 MiB like Synapse; use {@link #bodyStream()} for large uploads). */
    public byte[] bodyBytes() {
        if (body == null) {
            try (InputStream in = Request.asInputStream(request)) {
                byte[] read = in.readNBytes(MAX_BODY_BYTES + 1);
                if (read.length > MAX_BODY_BYTES) {
                    throw new ApiException(413, "Request body exceeds the maximum size of " + MAX_BODY_BYTES + " bytes");
                }
                body = read;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return body;
    }

    /** The body as a stream, not size-capped; for routes that receive file bytes. */
    public InputStream bodyStream() {
        return Request.asInputStream(request);
    }

    /** The body as a JSON tree; malformed or empty JSON is a 400. */
    public JsonNode bodyTree() {
        byte[] b = bodyBytes();
        if (b.length == 0) {
            throw ApiException.badRequest("Request body is missing");
        }
        try {
            JsonNode node = Json.mapper().readTree(b);
            if (node == null || node.isMissingNode()) {
                throw ApiException.badRequest("Request body is missing");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("Could not read JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body as a wire model; a missing {@code concreteType} on a polymorphic type is the Synapse 400. */
    public <T> T body(Class<T> type) {
        return JsonBodies.convert(bodyTree(), type);
    }

    /** The body when the route accepts an empty one (Synapse clients send none for some PUTs). */
    public <T> T bodyOrNull(Class<T> type) {
        byte[] b = bodyBytes();
        if (b.length == 0 || new String(b, StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        return body(type);
    }

    /** The underlying Jetty request, for routes that need more than this class offers. */
    public Request jettyRequest() {
        return request;
    }
}

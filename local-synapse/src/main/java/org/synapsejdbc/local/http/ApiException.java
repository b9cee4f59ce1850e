package org.synapsejdbc.local.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** A failure that becomes one Synapse error response (status, {@code reason}, optional extra body fields and headers). */
public class ApiException extends RuntimeException {

    /** The Synapse error body class; every normal error body carries it. */
    public static final String ERROR_RESPONSE = "org.sagebionetworks.repo.model.ErrorResponse";

    private final int status;
    private final boolean withConcreteType;
    private final Map<String, Object> extraFields = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiException(int status, String reason) {
        this(status, reason, true);
    }

    protected ApiException(int status, String reason, boolean withConcreteType) {
        super(reason, null, false, false);
        this.status = status;
        this.withConcreteType = withConcreteType;
    }

    public int status() {
        return status;
    }

    public String reason() {
        return getMessage();
    }

    /** Throttle bodies are hand-written by Synapse as {@code {"reason":..}} without a concreteType. */
    public boolean withConcreteType() {
        return withConcreteType;
    }

    public Map<String, Object> extraFields() {
        return extraFields;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public ApiException field(String name, Object value) {
        extraFields.put(name, value);
        return this;
    }

    public ApiException header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The JSON body Synapse sends for this error. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        if (withConcreteType) {
            body.put("concreteType", ERROR_RESPONSE);
        }
        body.putAll(extraFields);
        body.put("reason", reason());
        return body;
    }

    public static ApiException badRequest(String reason) {
        return new ApiException(400, reason);
    }

    public static ApiException unauthorized(String reason) {
        return new ApiException(401, reason);
    }

    public static ApiException forbidden(String reason) {
        return new ApiException(403, reason);
    }

    public static ApiException notFound(String reason) {
        return new ApiException(404, reason);
    }

    public static ApiException conflict(String reason) {
        return new ApiException(409, reason);
    }

    /** 412: Synapse's {@code ConflictingUpdateException} (stale etag). */
    public static ApiException preconditionFailed(String reason) {
        return new ApiException(412, reason);
    }

    public static ApiException serverError(String reason) {
        return new ApiException(500, reason);
    }

    public static ApiException unavailable(String reason) {
        return new ApiException(503, reason);
    }

    /** 503 maintenance answer; Synapse's maintenance filter writes {@code {"reason":..}} only. */
    public static ApiException maintenance() {
        return new ApiException(503, "Synapse is down for maintenance.", false);
    }

    /** 429 with the hand-written {@code {"reason":..}} body of Synapse's throttle filters. */
    public static ApiException throttled(String reason) {
        return new ApiException(429, reason, false);
    }

    /** 401 for an unknown, malformed, expired or revoked bearer token. */
    public static ApiException invalidToken() {
        return unauthorized("Invalid access token")
                .header("WWW-Authenticate", "Bearer realm=\"Synapse Repository Services\"");
    }

    /** 403 OAuth {@code insufficient_scope} body; {@code missing} is already sorted and joined by ", ". */
    public static ApiException insufficientScope(String missing) {
        String description = "Request lacks scope(s) required by this service: " + missing;
        return new ApiException(403, "insufficient_scope. " + description)
                .field("error", "insufficient_scope")
                .field("error_description", description);
    }
}

package org.synapsejdbc.local.http;

import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a route answers: a status, headers and a JSON object, text, bytes or a streamed body. */
public final class Reply {

    /** Synapse's JSON content type. */
    public static final String JSON = "application/json;charset=UTF-8";

    /** Writes a streamed body; the stream is closed by the framework. */
    @FunctionalInterface
    public interface BodyWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private final int status;
    private final Object json;
    private final byte[] bytes;
    private final BodyWriter writer;
    private final long contentLength;
    private final String contentType;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Reply(int status, Object json, byte[] bytes, BodyWriter writer, long contentLength, String contentType) {
        this.status = status;
        this.json = json;
        this.bytes = bytes;
        this.writer = writer;
        this.contentLength = contentLength;
        this.contentType = contentType;
    }

    public static Reply json(int status, Object body) {
        return new Reply(status, body, null, null, -1, JSON);
    }

    public static Reply ok(Object body) {
        return json(200, body);
    }

    public static Reply created(Object body) {
        return json(201, body);
    }

    public static Reply accepted(Object body) {
        return json(202, body);
    }

    public static Reply noContent() {
        return new Reply(204, null, null, null, -1, null);
    }

    public static Reply text(int status, String contentType, String text) {
        return bytes(status, contentType, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    public static Reply bytes(int status, String contentType, byte[] body) {
        return new Reply(status, null, body, null, body.length, contentType);
    }

    /** A streamed body; {@code contentLength} may be -1 when unknown. */
    public static Reply stream(int status, String contentType, long contentLength, BodyWriter writer) {
        return new Reply(status, null, null, writer, contentLength, contentType);
    }

    public static Reply redirect(int status, String location) {
        return new Reply(status, null, null, null, -1, null).header("Location", location);
    }

    public Reply header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public int status() {
        return status;
    }

    public Object json() {
        return json;
    }

    public byte[] bytes() {
        return bytes;
    }

    public BodyWriter writer() {
        return writer;
    }

    public long contentLength() {
        return contentLength;
    }

    public String contentType() {
        return contentType;
    }

    public Map<String, String> headers() {
        return headers;
    }
}

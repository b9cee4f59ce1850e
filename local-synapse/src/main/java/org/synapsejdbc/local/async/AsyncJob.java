package org.synapsejdbc.local.async;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Caller;
import org.synapsejdbc.local.http.WireDates;

/** The state of one asynchronous job, rendered as Synapse's {@code AsynchronousJobStatus}. */
final class AsyncJob {

    enum State { PROCESSING, FAILED, COMPLETE }

    private final String jobId;
    private final String typeName;
    private final Caller caller;
    private final JsonNode requestBody;
    private final Instant startedOn;
    private final long notBeforeNanos;
    private volatile State state = State.PROCESSING;
    private volatile Instant changedOn;
    private volatile String etag = UUID.randomUUID().toString();
    private volatile String progressMessage = "";
    private volatile long progressCurrent;
    private volatile long progressTotal = 1;
    private volatile Object response;
    private volatile ApiException failure;
    private volatile long runtimeMs;
    private volatile long finishedAtMillis;
    private volatile long deliveredAtMillis;

    AsyncJob(String jobId, String typeName, Caller caller, JsonNode requestBody, long processingDelayMs) {
        this.jobId = jobId;
        this.typeName = typeName;
        this.caller = caller;
        this.requestBody = requestBody;
        this.startedOn = WireDates.now();
        this.changedOn = startedOn;
        this.notBeforeNanos = System.nanoTime() + processingDelayMs * 1_000_000L;
    }

    String jobId() {
        return jobId;
    }

    String typeName() {
        return typeName;
    }

    Caller caller() {
        return caller;
    }

    /** The state a client sees: a finished job still looks PROCESSING until the processing delay has passed. */
    State visibleState() {
        return System.nanoTime() < notBeforeNanos ? State.PROCESSING : state;
    }

    Object response() {
        return response;
    }

    ApiException failure() {
        return failure;
    }

    synchronized void progress(long current, long total, String message) {
        progressCurrent = current;
        progressTotal = total;
        progressMessage = message == null ? "" : message;
        touch();
    }

    synchronized void complete(Object result) {
        response = result;
        progressCurrent = progressTotal;
        runtimeMs = java.time.Duration.between(startedOn, Instant.now()).toMillis();
        state = State.COMPLETE;
        finishedAtMillis = System.currentTimeMillis();
        touch();
    }

    synchronized void fail(ApiException e) {
        failure = e;
        runtimeMs = java.time.Duration.between(startedOn, Instant.now()).toMillis();
        state = State.FAILED;
        finishedAtMillis = System.currentTimeMillis();
        touch();
    }

    /** Wall-clock time the job finished, 0 while running. */
    long finishedAtMillis() {
        return finishedAtMillis;
    }

    /** Whether the work finished successfully (the processing delay aside). */
    boolean completed() {
        return state == State.COMPLETE;
    }

    /** A de-duplicated start hands this job out again: keep it as long as an undelivered one. */
    void markReissued() {
        deliveredAtMillis = 0;
    }

    /** Records the first time the outcome was handed to the caller. */
    void markDelivered() {
        if (deliveredAtMillis == 0) {
            deliveredAtMillis = System.currentTimeMillis();
        }
    }

    long deliveredAtMillis() {
        return deliveredAtMillis;
    }

    private void touch() {
        changedOn = WireDates.now();
        etag = UUID.randomUUID().toString();
    }

    /** The Synapse exception class a failure of this status stands for (the status field names the class). */
    static String synapseExceptionClass(int status) {
        return switch (status) {
            case 400 -> "java.lang.IllegalArgumentException";
            case 403 -> "org.sagebionetworks.repo.model.UnauthorizedException";
            case 404 -> "org.sagebionetworks.repo.web.NotFoundException";
            case 409 -> "org.sagebionetworks.repo.model.NameConflictException";
            case 412 -> "org.sagebionetworks.repo.model.ConflictingUpdateException";
            default -> "java.lang.RuntimeException";
        };
    }

    /** The {@code AsynchronousJobStatus} body. */
    synchronized Map<String, Object> status() {
        State visible = visibleState();
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("jobState", visible.name());
        s.put("jobCanceling", false);
        s.put("requestBody", requestBody);
        if (visible == State.COMPLETE) {
            s.put("responseBody", response);
        }
        s.put("etag", etag);
        s.put("jobId", jobId);
        s.put("startedByUserId", caller.userId());
        s.put("startedOn", WireDates.format(startedOn));
        s.put("changedOn", WireDates.format(changedOn));
        s.put("progressMessage", visible == State.PROCESSING && state != State.PROCESSING ? "" : progressMessage);
        s.put("progressCurrent", visible == State.PROCESSING && state != State.PROCESSING ? 0L : progressCurrent);
        s.put("progressTotal", progressTotal);
        if (visible == State.FAILED) {
            s.put("exception", synapseExceptionClass(failure.status()));
            s.put("errorMessage", failure.reason());
            s.put("errorDetails", failure.reason());
        }
        if (visible != State.PROCESSING) {
            s.put("runtimeMS", runtimeMs);
        }
        return s;
    }
}

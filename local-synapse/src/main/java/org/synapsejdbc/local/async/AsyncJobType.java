package org.synapsejdbc.local.async;

import com.fasterxml.jackson.databind.JsonNode;
import org.synapsejdbc.local.http.RequestContext;

/**
 * One kind of asynchronous job (table query, CSV download, transaction, ...). {@link #start} runs on the POST
 * (errors thrown there are answered on the POST itself); {@link #run} runs in the background and its result, or
 * the {@code ApiException} it throws, is what {@code .../async/get/{token}} answers.
 *
 * @param <R> the parsed request body type
 */
public interface AsyncJobType<R> {

    /** Parses and validates the request synchronously; throw ApiException for errors Synapse reports on the POST. */
    R start(RequestContext ctx, JsonNode body);

    /** Does the work; returns the response body (a wire model or JSON tree carrying its {@code concreteType}). */
    Object run(JobContext<R> job) throws Exception;

    /**
     * The request as {@code AsynchronousJobStatus.requestBody} echoes it: Synapse stores the parsed request model,
     * so the echo carries its {@code concreteType} (and fields the server filled, such as {@code entityId}) even
     * when the client omitted them. Return a wire model (or a JSON tree); the default is the started request,
     * which suits types whose {@code R} is the wire model itself.
     */
    default Object requestBody(R started) {
        return started;
    }

    /**
     * The de-duplication key of a started request, or null (the default) when every start makes a new job. As
     * Synapse's {@code JobHashProvider} does for cacheable requests, a start whose key (per type and user) matches
     * a job that already completed answers with that job's token instead of running again; the key must therefore
     * capture everything the result depends on (the request and the state of the data it reads).
     */
    default String dedupKey(R started) {
        return null;
    }
}

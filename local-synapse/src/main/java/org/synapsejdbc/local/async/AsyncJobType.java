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
}

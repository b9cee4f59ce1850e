package org.synapsejdbc.local.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.UncheckedIOException;

/** Maps unexpected Java exceptions to Synapse statuses, as {@code BaseControllerExceptionHandlerAdvice} does. */
public final class ExceptionMapper {

    private ExceptionMapper() {
    }

    public static ApiException map(Throwable e) {
        if (e instanceof ApiException a) {
            return a;
        }
        if (e instanceof IllegalArgumentException) {
            return ApiException.badRequest(e.getMessage());
        }
        if (e instanceof JsonProcessingException j) {
            return ApiException.badRequest("Could not read JSON: " + j.getOriginalMessage());
        }
        if (e instanceof UncheckedIOException) {
            return ApiException.badRequest(e.getMessage());
        }
        return ApiException.serverError(e.getMessage() == null ? e.getClass().getName() : e.getMessage());
    }
}

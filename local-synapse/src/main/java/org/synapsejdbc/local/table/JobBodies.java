package org.synapsejdbc.local.table;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.synapsejdbc.local.http.Json;

/**
 * Makes a job's echoed {@code AsynchronousJobStatus.requestBody} the parsed request, as Synapse echoes it (with
 * its {@code concreteType} and server-filled fields), even when the client omitted them. The job service keeps
 * the very body node it passed to {@code start}, so that node is rewritten in place.
 */
public final class JobBodies {

    private JobBodies() {
    }

    /** Replaces the content of {@code body} with {@code parsed} serialized; returns {@code parsed}. */
    public static <T> T echo(JsonNode body, T parsed) {
        if (body instanceof ObjectNode o) {
            o.removeAll();
            o.setAll(Json.tree(parsed));
        }
        return parsed;
    }
}

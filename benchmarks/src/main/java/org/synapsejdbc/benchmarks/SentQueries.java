package org.synapsejdbc.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the Synapse SQL a client sent out of the text a {@link CountingProxy} captured: for every query or CSV
 * download job start, its {@code sql}, counting only first pages (no offset, or offset 0) as one execution.
 */
final class SentQueries {
    private SentQueries() {
    }

    /** Statement → number of executions (first pages) in the captured text. */
    static Map<String, Integer> executions(String captured) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Integer> out = new LinkedHashMap<>();
        int at = 0;
        while (true) {
            int q = captured.indexOf("/table/query/async/start", at);
            int d = captured.indexOf("/table/download/csv/async/start", at);
            int start = q < 0 ? d : d < 0 ? q : Math.min(q, d);
            if (start < 0) {
                return out;
            }
            int body = captured.indexOf("\r\n\r\n", start);
            if (body < 0) {
                return out;
            }
            try (JsonParser p = mapper.getFactory().createParser(captured.substring(body + 4))) {
                JsonNode json = mapper.readTree(p);
                JsonNode query = json.has("query") ? json.get("query") : json;
                long offset = query.path("offset").asLong(0);
                if (query.hasNonNull("sql") && offset == 0) {
                    out.merge(query.get("sql").asText(), 1, Integer::sum);
                }
            }
            at = body + 4;
        }
    }
}

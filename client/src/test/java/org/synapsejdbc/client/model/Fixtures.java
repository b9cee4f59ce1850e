package org.synapsejdbc.client.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Example bodies under {@code src/test/resources/model/}, taken from the Synapse API notes. */
final class Fixtures {

    private Fixtures() {
    }

    /** A fresh, mutable tree of the named fixture. */
    static ObjectNode json(String fileName) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/model/" + fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("No fixture " + fileName);
            }
            return (ObjectNode) SynapseJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

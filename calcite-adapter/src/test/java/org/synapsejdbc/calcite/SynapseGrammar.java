package org.synapsejdbc.calcite;

import static org.junit.jupiter.api.Assertions.fail;

import org.synapsejdbc.local.sql.parse.QueryParser;

/** Checks generated statements with local-synapse's parser of the Synapse SQL grammar (statement rule + EOF). */
final class SynapseGrammar {
    private SynapseGrammar() {
    }

    static void assertAccepted(String sql) {
        try {
            QueryParser.parseStatement(sql);
        } catch (RuntimeException e) {
            fail("Synapse's grammar rejects generated SQL: " + sql + "\n" + e.getMessage(), e);
        }
    }
}

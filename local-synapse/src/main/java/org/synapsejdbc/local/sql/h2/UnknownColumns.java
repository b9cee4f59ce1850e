package org.synapsejdbc.local.sql.h2;

import org.synapsejdbc.local.sql.SynapseSqlException;

/** The error MySQL reports for a name that resolves to no column, post-processed as Synapse does (grammar §7). */
final class UnknownColumns {

    static final String NOTE = " Note: If a column name contains spaces, punctuation, or SQL key words, then the name"
            + " must be enclosed in double quotes. See https://rest-docs.synapse.org/rest/org/sagebionetworks/repo/web/controller/TableExamples.html";

    private UnknownColumns() {
    }

    /** {@code Unknown column 'x' in '<clause>'} plus the Note. */
    static SynapseSqlException error(String name, String clause) {
        return SynapseSqlException.badRequest("Unknown column '" + name + "' in '" + clause + "'" + NOTE);
    }
}

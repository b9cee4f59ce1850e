package org.synapsejdbc.calcite.dml;

import org.apache.calcite.avatica.AvaticaClientRuntimeException;
import org.synapsejdbc.calcite.error.StatementErrors;
import org.synapsejdbc.calcite.error.SynapseSqlStates;
import org.synapsejdbc.client.error.SynapseException;

/**
 * DML failures as exceptions that Avatica turns into an {@code SQLException} keeping the SQLState (it does so for
 * {@link AvaticaClientRuntimeException} only), and the mapping of Synapse failures to SQLStates.
 */
public final class DmlErrors {
    private DmlErrors() {
    }

    /** An error with its SQLState, for Avatica to report as {@code SQLException}. */
    public static AvaticaClientRuntimeException of(String sqlState, String message) {
        return StatementErrors.of(sqlState, message);
    }

    /** A Synapse failure while doing {@code action} (e.g. "insert 3 rows into syn123"). */
    public static AvaticaClientRuntimeException translate(SynapseException e, String action) {
        return of(sqlState(e), "Could not " + action + ": " + SynapseSqlStates.reason(e)
                + (e.status() > 0 ? " (HTTP " + e.status() + ")" : ""));
    }

    static String sqlState(SynapseException e) {
        return SynapseSqlStates.of(e, badValue(e.reason()));
    }

    /** The SQLState of a value Synapse refused, from its reason text. */
    static String badValue(String reason) {
        String r = reason == null ? "" : reason;
        if (r.contains("exceeds the maximum length") || r.contains("too long")) {
            return SynapseSqlStates.TOO_LONG;
        }
        if (r.contains("was not a valid")) {
            return SynapseSqlStates.INVALID_CAST;
        }
        return SynapseSqlStates.DATA;
    }
}

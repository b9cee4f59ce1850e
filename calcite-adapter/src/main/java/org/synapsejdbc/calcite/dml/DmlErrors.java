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
    /** 0A000: the statement form is not supported on this target (INSERT/DELETE on a view, snapshots, ...). */
    public static final String UNSUPPORTED = "0A000";
    /** 428C9: a column Synapse generates (ROW_ID, ROW_VERSION, ROW_ETAG, view object fields) cannot be written. */
    public static final String GENERATED_COLUMN = "428C9";
    /** 42501: the caller lacks a permission on the table or entity. */
    public static final String NO_PRIVILEGE = "42501";
    /** 42704: the table or entity does not exist (or is in the trash can). */
    public static final String NOT_FOUND = "42704";
    /** 28000: the token was rejected or lacks the {@code modify} scope. */
    public static final String AUTHORIZATION = "28000";
    /** 40001: the row or entity changed since it was read (stale etag). */
    public static final String CONFLICT = "40001";
    /** 22001: a text value is longer than its column allows. */
    public static final String TOO_LONG = "22001";
    /** 22018: a value does not fit its column's type. */
    public static final String BAD_VALUE = StatementErrors.INVALID_CAST;
    /** 22003: a number outside its column's range. */
    public static final String OUT_OF_RANGE = StatementErrors.OUT_OF_RANGE;
    /** 22000: other data problems Synapse rejected. */
    public static final String DATA = "22000";
    /** 08S01: Synapse could not be reached or stayed unavailable. */
    public static final String CONNECTION = "08S01";
    /** HYT00: the write job ran out of time. */
    public static final String TIMEOUT = "HYT00";

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
            return TOO_LONG;
        }
        if (r.contains("was not a valid")) {
            return BAD_VALUE;
        }
        return DATA;
    }
}

package org.synapsejdbc.local.files;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import org.synapsejdbc.local.http.Caller;

/**
 * Decides whether a caller may download file handles through an object they are associated with (Synapse's
 * {@code FileHandleAssociateType}: a FileEntity, a TableEntity's cells and query results, ...). One implementation
 * per associate type, registered with {@link FileHandleService#registerAssociation}; the tables module adds
 * {@code TableEntity}.
 */
@FunctionalInterface
public interface FileAssociation {

    /** The outcome for one file handle. */
    enum Outcome { GRANTED, DENIED, NOT_FOUND }

    /** An outcome and, when not granted, Synapse's reason text (used by the single-file redirect routes). */
    record Decision(Outcome outcome, String reason) {
        public static final Decision GRANTED = new Decision(Outcome.GRANTED, null);

        public static Decision denied(String reason) {
            return new Decision(Outcome.DENIED, reason);
        }

        public static Decision notFound(String reason) {
            return new Decision(Outcome.NOT_FOUND, reason);
        }
    }

    /**
     * Decides for each file handle id (all exist) whether {@code caller} may download it through the object
     * {@code objectId} ({@code syn123} or {@code 123}). Runs inside a read transaction.
     */
    Map<String, Decision> decide(Connection c, Caller caller, String objectId, Collection<String> fileHandleIds)
            throws SQLException;
}

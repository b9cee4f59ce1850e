package org.synapsejdbc.local.sql;

/**
 * A query failure with Synapse's HTTP status and reason text, and the moment Synapse reports it: on the
 * start POST ({@link Phase#START}) or on the job's GET ({@link Phase#JOB}).
 */
public final class SynapseSqlException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** When Synapse reports an error. */
    public enum Phase {
        /** Synchronously, on {@code POST .../async/start}. */
        START,
        /** As the failed job's result, on {@code GET .../async/get/{token}}. */
        JOB
    }

    private final int status;
    private final Phase phase;

    /** An error with the given status, reason and phase. */
    public SynapseSqlException(int status, String reason, Phase phase) {
        super(reason);
        this.status = status;
        this.phase = phase;
    }

    /** A 400 reported by the job. */
    public static SynapseSqlException badRequest(String reason) {
        return new SynapseSqlException(400, reason, Phase.JOB);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** The reason text, exactly as Synapse words it. */
    public String reason() {
        return getMessage();
    }

    /** When Synapse reports it. */
    public Phase phase() {
        return phase;
    }
}

package org.synapsejdbc.local.store;

import java.sql.SQLException;

/** An unexpected repository-database failure (answered as 500). */
public final class StoreException extends RuntimeException {
    public StoreException(SQLException cause) {
        super(cause.getMessage(), cause);
    }

    public SQLException sqlException() {
        return (SQLException) getCause();
    }
}

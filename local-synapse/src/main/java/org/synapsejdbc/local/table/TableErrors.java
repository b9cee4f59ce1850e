package org.synapsejdbc.local.table;

import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.sql.SynapseSqlException;

/** Turns the SQL engine's failures into HTTP errors with the same status and reason. */
public final class TableErrors {

    private TableErrors() {
    }

    public static ApiException api(SynapseSqlException e) {
        return new ApiException(e.status(), e.reason());
    }
}

package org.synapsejdbc.local.sql.check;

import java.util.function.LongFunction;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.local.sql.SynapseSqlException;
import org.synapsejdbc.local.sql.ast.CastExpr;

/** Resolves CAST targets: a ColumnType name, or a column model id looked up through the caller's lookup. */
public final class CastTypes {

    private final LongFunction<ColumnModel> columnLookup;

    /** CAST targets resolved with the given column-model lookup (may return null for unknown ids). */
    public CastTypes(LongFunction<ColumnModel> columnLookup) {
        this.columnLookup = columnLookup;
    }

    /** The target type of a CAST. */
    public ColumnType target(CastExpr cast) {
        if (cast.typeName() != null) {
            return ColumnType.valueOf(cast.typeName());
        }
        return model(cast).getColumnType();
    }

    /** The column model named by {@code CAST(x AS <id>)}. */
    public ColumnModel model(CastExpr cast) {
        ColumnModel m = columnLookup == null ? null : columnLookup.apply(cast.columnId());
        if (m == null) {
            throw new SynapseSqlException(404, "Column does not exist for id: " + cast.columnId(), SynapseSqlException.Phase.JOB);
        }
        return m;
    }
}

package org.synapsejdbc.local.sql.h2;

import java.util.LinkedHashMap;
import java.util.Map;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.local.sql.ast.Expr;
import org.synapsejdbc.local.sql.check.CastTypes;
import org.synapsejdbc.local.sql.check.ColumnResolver;
import org.synapsejdbc.local.sql.check.TableSchema;
import org.synapsejdbc.local.sql.check.TypeInference;

/** What translating one query needs: schema, name resolution, the caller, select aliases and UNNEST joins. */
final class TranslationContext {

    static final String ALIAS = "t0";

    final TableSchema schema;
    final ColumnResolver resolver;
    final TypeInference types;
    final CastTypes castTypes;
    final long callerUserId;
    final Map<String, Expr> selectAliases = new LinkedHashMap<>();
    /** UNNESTed list columns by column id, in order of first use. */
    final Map<String, ColumnModel> unnests = new LinkedHashMap<>();

    TranslationContext(TableSchema schema, ColumnResolver resolver, TypeInference types, CastTypes castTypes, long callerUserId) {
        this.schema = schema;
        this.resolver = resolver;
        this.types = types;
        this.castTypes = castTypes;
        this.callerUserId = callerUserId;
    }

    /** The join alias of an UNNEST over the column, registering the join on first use. */
    String unnestAlias(ColumnModel m) {
        unnests.putIfAbsent(m.getId(), m);
        return "u" + m.getId();
    }

    /** The physical table of the queried version. */
    String table() {
        return PhysicalLayout.q(PhysicalLayout.tableName(schema.tableId(), schema.version()));
    }

    /** The element side table of a list column of the queried version. */
    String listTable(ColumnModel m) {
        return PhysicalLayout.q(PhysicalLayout.listTable(schema.tableId(), schema.version(), m.getId()));
    }
}

package org.synapsejdbc.local.sql.check;

import java.util.ArrayList;
import java.util.List;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.SelectColumn;
import org.synapsejdbc.local.sql.ast.Arithmetic;
import org.synapsejdbc.local.sql.ast.ColumnRef;
import org.synapsejdbc.local.sql.ast.Expr;
import org.synapsejdbc.local.sql.ast.Identifier;
import org.synapsejdbc.local.sql.ast.NumberLiteral;
import org.synapsejdbc.local.sql.ast.SelectItem;
import org.synapsejdbc.local.sql.ast.StringLiteral;
import org.synapsejdbc.local.sql.render.SqlRenderer;

/**
 * Builds the result headers ({@code SelectColumn} name, type, id) and the declared row width of a select
 * list as Synapse does (grammar §6.7, synapse-api §7.5).
 */
public final class SelectHeaders {

    /** Bytes per page Synapse allows ({@code org.sagebionetworks.table.max.bytes.per.request}). */
    public static final long MAX_BYTES_PER_PAGE = 2_097_152;

    private final ColumnResolver resolver;
    private final TypeInference types;

    /** Headers resolved against a schema. */
    public SelectHeaders(ColumnResolver resolver, TypeInference types) {
        this.resolver = resolver;
        this.types = types;
    }

    /** The select items of {@code SELECT *}: every schema column, in schema order. */
    public static List<SelectItem> expandStar(TableSchema schema) {
        List<SelectItem> items = new ArrayList<>();
        for (ColumnModel m : schema.columns()) {
            items.add(new SelectItem(new ColumnRef(null, new Identifier(m.getName(), Identifier.Quote.DOUBLE)), null));
        }
        return items;
    }

    /** The headers of the items; ids are cleared when any item lacks one or the query is aggregated. */
    public List<SelectColumn> headers(List<SelectItem> items, boolean aggregated) {
        List<SelectColumn> out = new ArrayList<>();
        boolean allIds = true;
        for (SelectItem item : items) {
            SelectColumn sc = new SelectColumn().setName(displayName(item)).setColumnType(types.typeOf(item.expr()));
            ResolvedColumn c = schemaColumn(item);
            if (c != null && c.model().getName().equals(sc.getName())) {
                sc.setId(c.model().getId());
            } else {
                allIds = false;
            }
            out.add(sc);
        }
        if (!allIds || aggregated) {
            out.forEach(sc -> sc.setId(null));
        }
        return out;
    }

    private ResolvedColumn schemaColumn(SelectItem item) {
        if (item.alias() == null && item.expr() instanceof ColumnRef ref && ref.qualifier() == null) {
            ResolvedColumn c = resolver.resolve(ref);
            return c != null && c.inSchema() ? c : null;
        }
        return null;
    }

    /** Synapse's display name of a select item. */
    public static String displayName(SelectItem item) {
        if (item.alias() != null) {
            return item.alias().name();
        }
        return startsWithColumnOrLiteral(item.expr()) ? SqlRenderer.display().render(item.expr())
                : SqlRenderer.canonical().render(item.expr());
    }

    private static boolean startsWithColumnOrLiteral(Expr e) {
        Expr first = e;
        while (first instanceof Arithmetic a) {
            first = a.left();
        }
        return first instanceof ColumnRef || first instanceof NumberLiteral || first instanceof StringLiteral;
    }

    /** The declared width of a row of these items: schema columns by their model, other items by type. */
    public long rowWidth(List<SelectItem> items) {
        long width = 0;
        for (SelectItem item : items) {
            ResolvedColumn c = item.expr() instanceof ColumnRef ref ? resolver.resolve(ref) : null;
            if (c != null && c.inSchema()) {
                width += ColumnTypes.width(c.model());
            } else {
                ColumnType t = c != null ? c.type() : types.typeOf(item.expr());
                width += ColumnTypes.isList(t) ? ColumnTypes.UNKNOWN_WIDTH : ColumnTypes.scalarWidth(t, null);
            }
        }
        return width;
    }

    /** {@code max(1, floor(2 MiB / width))}. */
    public static long maxRowsPerPage(long rowWidth) {
        return Math.max(1, MAX_BYTES_PER_PAGE / Math.max(1, rowWidth));
    }
}

package org.synapsejdbc.local.sql.check;

import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.local.sql.ast.AggregateCall;
import org.synapsejdbc.local.sql.ast.CastExpr;
import org.synapsejdbc.local.sql.ast.ColumnRef;
import org.synapsejdbc.local.sql.ast.CountStar;
import org.synapsejdbc.local.sql.ast.CurrentUser;
import org.synapsejdbc.local.sql.ast.Expr;
import org.synapsejdbc.local.sql.ast.FunctionCall;
import org.synapsejdbc.local.sql.ast.Node;
import org.synapsejdbc.local.sql.ast.Nodes;
import org.synapsejdbc.local.sql.ast.NumberLiteral;
import org.synapsejdbc.local.sql.ast.StringLiteral;
import org.synapsejdbc.local.sql.ast.Unnest;

/**
 * Infers the Synapse type of an expression as Synapse reports it in {@code SelectColumn.columnType}: a CAST
 * target; else the first column/literal inside (unknown unquoted names and numbers DOUBLE, quoted names and
 * strings STRING), overridden by the fixed result type of the first function.
 */
public final class TypeInference {

    private final ColumnResolver resolver;
    private final CastTypes castTypes;

    /** Inference against a schema. */
    public TypeInference(ColumnResolver resolver, CastTypes castTypes) {
        this.resolver = resolver;
        this.castTypes = castTypes;
    }

    /** The inferred type, or null when nothing determines it. */
    public ColumnType typeOf(Expr e) {
        Node[] cast = new Node[1];
        Node[] leaf = new Node[1];
        Node[] function = new Node[1];
        Nodes.walk(e, n -> {
            if (n instanceof CastExpr && cast[0] == null) {
                cast[0] = n;
            }
            if ((n instanceof ColumnRef || n instanceof NumberLiteral || n instanceof StringLiteral) && leaf[0] == null) {
                leaf[0] = n;
            }
            boolean isFunction = n instanceof FunctionCall || n instanceof AggregateCall || n instanceof CountStar
                    || n instanceof CurrentUser || n instanceof Unnest;
            if (isFunction && function[0] == null) {
                function[0] = n;
            }
        });
        if (cast[0] != null) {
            return castTypes.target((CastExpr) cast[0]);
        }
        ColumnType base = leafType(leaf[0]);
        if (function[0] != null) {
            ColumnType fixed = functionType(function[0]);
            if (fixed != null) {
                return fixed;
            }
        }
        return base;
    }

    private ColumnType functionType(Node f) {
        if (f instanceof CountStar) {
            return ColumnType.INTEGER;
        }
        if (f instanceof CurrentUser) {
            return ColumnType.USERID;
        }
        if (f instanceof Unnest u) {
            ResolvedColumn c = resolver.resolve(u.column());
            return c == null ? null : ColumnTypes.elementType(c.type());
        }
        if (f instanceof AggregateCall a) {
            return FunctionTypes.fixed(a.name());
        }
        return FunctionTypes.fixed(((FunctionCall) f).name());
    }

    private ColumnType leafType(Node leaf) {
        if (leaf == null) {
            return null;
        }
        if (leaf instanceof NumberLiteral) {
            return ColumnType.DOUBLE;
        }
        if (leaf instanceof StringLiteral) {
            return ColumnType.STRING;
        }
        ColumnRef ref = (ColumnRef) leaf;
        ResolvedColumn c = resolver.resolve(ref);
        if (c != null) {
            return c.type();
        }
        return ref.name().quoted() ? ColumnType.STRING : ColumnType.DOUBLE;
    }
}

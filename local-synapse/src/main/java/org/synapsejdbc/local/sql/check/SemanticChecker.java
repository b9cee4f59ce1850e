package org.synapsejdbc.local.sql.check;

import java.util.ArrayList;
import java.util.List;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.local.sql.SynapseSqlException;
import org.synapsejdbc.local.sql.ast.AggregateCall;
import org.synapsejdbc.local.sql.ast.BetweenPredicate;
import org.synapsejdbc.local.sql.ast.CaseAbbreviation;
import org.synapsejdbc.local.sql.ast.CaseExpr;
import org.synapsejdbc.local.sql.ast.CastExpr;
import org.synapsejdbc.local.sql.ast.ColumnRef;
import org.synapsejdbc.local.sql.ast.Comparison;
import org.synapsejdbc.local.sql.ast.CountStar;
import org.synapsejdbc.local.sql.ast.CurrentUser;
import org.synapsejdbc.local.sql.ast.Expr;
import org.synapsejdbc.local.sql.ast.FunctionCall;
import org.synapsejdbc.local.sql.ast.HasPredicate;
import org.synapsejdbc.local.sql.ast.InPredicate;
import org.synapsejdbc.local.sql.ast.IsNullPredicate;
import org.synapsejdbc.local.sql.ast.IsTruthPredicate;
import org.synapsejdbc.local.sql.ast.LikePredicate;
import org.synapsejdbc.local.sql.ast.NanPredicate;
import org.synapsejdbc.local.sql.ast.Node;
import org.synapsejdbc.local.sql.ast.Nodes;
import org.synapsejdbc.local.sql.ast.QuerySpec;
import org.synapsejdbc.local.sql.ast.SelectItem;
import org.synapsejdbc.local.sql.ast.TextMatchesPredicate;
import org.synapsejdbc.local.sql.ast.Unnest;

/** Runs Synapse's post-parse checks (grammar §6.2–§6.3) in Synapse's order, with Synapse's messages. */
public final class SemanticChecker {

    private final TableSchema schema;
    private final ColumnResolver resolver;

    /** A checker for a query against the given schema. */
    public SemanticChecker(TableSchema schema, ColumnResolver resolver) {
        this.schema = schema;
        this.resolver = resolver;
    }

    /** Throws the first failing check as a 400 of the job. */
    public void check(QuerySpec q) {
        if (Nodes.contains(q, TextMatchesPredicate.class) && !schema.searchEnabled()) {
            throw fail("Invalid use of TEXT_MATCHES. Full text search is not enabled on table " + schema.displayId() + ".");
        }
        if (q.definingWhere() != null) {
            throw fail("DEFINING_WHERE can only be used with a common table expression with a single inner query");
        }
        if (q.joinCount() > 0) {
            throw fail("The JOIN keyword is not supported in this context");
        }
        List<SelectItem> items = q.selectStar() ? List.of() : q.selectItems();
        for (SelectItem item : items) {
            checkBareUnknownColumn(item);
        }
        for (SelectItem item : items) {
            Nodes.walk(item, n -> {
                if (n instanceof Unnest u) {
                    ResolvedColumn c = resolver.resolve(u.column());
                    if (c == null || !c.isList()) {
                        ColumnType t = c != null ? c.type() : u.column().name().quoted() ? ColumnType.STRING : ColumnType.DOUBLE;
                        throw fail(t.name() + " is not a list ColumnType");
                    }
                }
            });
        }
        List<Node> predicates = new ArrayList<>();
        Nodes.walk(q, n -> {
            if (n instanceof Comparison || n instanceof IsNullPredicate || n instanceof IsTruthPredicate
                    || n instanceof BetweenPredicate || n instanceof InPredicate || n instanceof HasPredicate
                    || n instanceof LikePredicate || n instanceof NanPredicate) {
                predicates.add(n);
            }
        });
        for (Node p : predicates) {
            Expr left = leftSide(p);
            if (left instanceof ColumnRef ref && resolver.resolve(ref) == null) {
                throw fail("Column does not exist: " + ref.name().name());
            }
        }
        for (Node p : predicates) {
            if (p instanceof Comparison c) {
                Nodes.walk(c.right(), n -> {
                    if (n instanceof ColumnRef ref && resolver.resolve(ref) == null) {
                        throw fail("Column does not exist: " + ref.name().name());
                    }
                });
            }
        }
        for (Node p : predicates) {
            if (p instanceof NanPredicate nan) {
                checkNan(nan);
            }
        }
        for (Node p : predicates) {
            if (p instanceof HasPredicate has) {
                checkHas(has);
            }
        }
        checkUnnestOutsideSelect(q);
    }

    private static Expr leftSide(Node p) {
        if (p instanceof Comparison c) {
            return c.left();
        } else if (p instanceof IsNullPredicate n) {
            return n.left();
        } else if (p instanceof IsTruthPredicate t) {
            return t.left();
        } else if (p instanceof BetweenPredicate b) {
            return b.left();
        } else if (p instanceof InPredicate i) {
            return i.left();
        } else if (p instanceof HasPredicate h) {
            return h.left();
        } else if (p instanceof LikePredicate l) {
            return l.left();
        }
        return ((NanPredicate) p).column();
    }

    private void checkBareUnknownColumn(SelectItem item) {
        boolean hasFunction = Nodes.contains(item, FunctionCall.class) || Nodes.contains(item, AggregateCall.class)
                || Nodes.contains(item, CountStar.class) || Nodes.contains(item, CastExpr.class)
                || Nodes.contains(item, CaseExpr.class) || Nodes.contains(item, CaseAbbreviation.class)
                || Nodes.contains(item, Unnest.class) || Nodes.contains(item, CurrentUser.class);
        if (hasFunction) {
            return;
        }
        Nodes.walk(item.expr(), n -> {
            if (n instanceof ColumnRef ref && resolver.resolve(ref) == null) {
                throw fail("Unknown column " + SelectHeaders.displayName(item));
            }
        });
    }

    private void checkNan(NanPredicate nan) {
        ResolvedColumn c = resolver.resolve(nan.column());
        String fn = nan.infinity() ? "ISINFINITY" : "ISNAN";
        if (!c.inSchema()) {
            throw fail("(double boolean-functions can only be used on columns defined in the schema");
        }
        if (c.type() != ColumnType.DOUBLE) {
            throw fail("Function: " + fn + " can only be used with a column of type DOUBLE.");
        }
    }

    private void checkHas(HasPredicate has) {
        String keyword = has.like() ? "HAS_LIKE" : "HAS";
        if (!(has.left() instanceof ColumnRef ref)) {
            throw fail("The HAS keyword only works for list column references");
        }
        ResolvedColumn c = resolver.resolve(ref);
        if (!c.inSchema()) {
            throw fail("The " + keyword + " keyword may only be used on columns defined in the schema");
        }
        if (!c.isList()) {
            throw fail("The " + keyword + " keyword only works for columns that hold list values");
        }
    }

    private void checkUnnestOutsideSelect(QuerySpec q) {
        List<Node> others = Nodes.of(q.where(), q.groupBy(), q.orderBy());
        for (Node part : others) {
            Nodes.walk(part, n -> {
                if (n instanceof Unnest u) {
                    ResolvedColumn c = resolver.resolve(u.column());
                    if (c == null) {
                        throw fail("Unknown column reference: " + u.column().name().name());
                    }
                    if (!c.inSchema()) {
                        throw fail("UNNEST() may only be used on columns defined in the schema");
                    }
                    if (!c.isList()) {
                        throw fail("UNNEST() only works for columns that hold list values");
                    }
                }
            });
        }
    }

    private static SynapseSqlException fail(String reason) {
        return SynapseSqlException.badRequest(reason);
    }
}

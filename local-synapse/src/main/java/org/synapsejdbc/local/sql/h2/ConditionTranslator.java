package org.synapsejdbc.local.sql.h2;

import java.util.List;
import java.util.Locale;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.local.sql.SynapseSqlException;
import org.synapsejdbc.local.sql.ast.AndCondition;
import org.synapsejdbc.local.sql.ast.BetweenPredicate;
import org.synapsejdbc.local.sql.ast.CastExpr;
import org.synapsejdbc.local.sql.ast.ColumnRef;
import org.synapsejdbc.local.sql.ast.Comparison;
import org.synapsejdbc.local.sql.ast.Condition;
import org.synapsejdbc.local.sql.ast.Expr;
import org.synapsejdbc.local.sql.ast.FunctionCall;
import org.synapsejdbc.local.sql.ast.HasPredicate;
import org.synapsejdbc.local.sql.ast.InPredicate;
import org.synapsejdbc.local.sql.ast.IsNullPredicate;
import org.synapsejdbc.local.sql.ast.IsTruthPredicate;
import org.synapsejdbc.local.sql.ast.LikePredicate;
import org.synapsejdbc.local.sql.ast.NanPredicate;
import org.synapsejdbc.local.sql.ast.NotCondition;
import org.synapsejdbc.local.sql.ast.NumberLiteral;
import org.synapsejdbc.local.sql.ast.OrCondition;
import org.synapsejdbc.local.sql.ast.ParenCondition;
import org.synapsejdbc.local.sql.ast.Signed;
import org.synapsejdbc.local.sql.ast.StringLiteral;
import org.synapsejdbc.local.sql.ast.TextMatchesPredicate;
import org.synapsejdbc.local.sql.ast.TruthLiteral;
import org.synapsejdbc.local.sql.ast.TruthTest;
import org.synapsejdbc.local.sql.check.ColumnTypes;
import org.synapsejdbc.local.sql.check.FunctionTypes;
import org.synapsejdbc.local.sql.check.LiteralConverter;
import org.synapsejdbc.local.sql.check.ResolvedColumn;

/**
 * Translates search conditions into H2 SQL: right-hand literals are bound after conversion by the left
 * side's type, HAS/HAS_LIKE become EXISTS over the list side table, ISNAN/ISINFINITY read the DOUBLE marker.
 */
final class ConditionTranslator {

    private final TranslationContext ctx;
    private final ExpressionTranslator values;

    ConditionTranslator(TranslationContext ctx, ExpressionTranslator values) {
        this.ctx = ctx;
        this.values = values;
    }

    void condition(Condition c, String clause, SqlBuffer out) {
        if (c instanceof OrCondition o) {
            joined(o.operands(), " OR ", clause, out);
        } else if (c instanceof AndCondition a) {
            joined(a.operands(), " AND ", clause, out);
        } else if (c instanceof NotCondition n) {
            out.append("(NOT ");
            condition(n.operand(), clause, out);
            out.append(")");
        } else if (c instanceof ParenCondition p) {
            out.append("(");
            condition(p.inner(), clause, out);
            out.append(")");
        } else if (c instanceof TruthTest t) {
            out.append("((");
            condition(t.operand(), clause, out);
            out.append(") IS ").append(t.not() ? "NOT " : "").append(t.truth()).append(")");
        } else if (c instanceof Comparison cmp) {
            out.append("(");
            values.expr(cmp.left(), clause, out);
            out.append(" ").append(cmp.operator()).append(" ");
            rightSide(cmp.right(), leftType(cmp.left()), clause, out);
            out.append(")");
        } else if (c instanceof IsNullPredicate p) {
            out.append("(");
            values.expr(p.left(), clause, out);
            out.append(p.not() ? " IS NOT NULL)" : " IS NULL)");
        } else if (c instanceof IsTruthPredicate p) {
            out.append("(");
            values.expr(p.left(), clause, out);
            out.append(" IS ").append(p.not() ? "NOT " : "").append(p.truth()).append(")");
        } else if (c instanceof BetweenPredicate b) {
            ColumnType t = leftType(b.left());
            out.append("(");
            values.expr(b.left(), clause, out);
            out.append(b.not() ? " NOT BETWEEN " : " BETWEEN ");
            rightSide(b.low(), t, clause, out);
            out.append(" AND ");
            rightSide(b.high(), t, clause, out);
            out.append(")");
        } else if (c instanceof InPredicate i) {
            ColumnType t = leftType(i.left());
            out.append("(");
            values.expr(i.left(), clause, out);
            out.append(i.not() ? " NOT IN (" : " IN (");
            for (int k = 0; k < i.items().size(); k++) {
                out.append(k == 0 ? "" : ", ");
                rightSide(i.items().get(k), t, clause, out);
            }
            out.append("))");
        } else if (c instanceof LikePredicate l) {
            // MySQL matches the text form of non-text values.
            ColumnType t = leftType(l.left());
            boolean text = t != null && (ColumnTypes.isText(t) || t == ColumnType.STRING_LIST || t == ColumnType.JSON);
            out.append(text ? "(" : "(CAST(");
            values.expr(l.left(), clause, out);
            out.append(text ? "" : " AS VARCHAR)");
            out.append(l.not() ? " NOT LIKE " : " LIKE ");
            rightSide(l.pattern(), ColumnType.STRING, clause, out);
            if (l.escape() != null) {
                out.append(" ESCAPE ");
                rightSide(l.escape(), ColumnType.STRING, clause, out);
            }
            out.append(")");
        } else if (c instanceof HasPredicate h) {
            has(h, clause, out);
        } else if (c instanceof NanPredicate n) {
            ResolvedColumn col = ctx.resolver.resolve(n.column());
            String marker = TranslationContext.ALIAS + "." + PhysicalLayout.q(PhysicalLayout.doubleMarker(col.model().getId()));
            out.append(n.infinity() ? "(" + marker + " IN ('Infinity', '-Infinity'))" : "(" + marker + " = 'NaN')");
        } else if (c instanceof TextMatchesPredicate t) {
            textMatches(t.text(), out);
        } else {
            throw new IllegalArgumentException("unsupported condition " + c);
        }
    }

    private void joined(List<Condition> operands, String op, String clause, SqlBuffer out) {
        out.append("(");
        for (int i = 0; i < operands.size(); i++) {
            out.append(i == 0 ? "" : op);
            condition(operands.get(i), clause, out);
        }
        out.append(")");
    }

    /** The type a predicate's left side gives to right-hand literals (grammar §6.5). */
    private ColumnType leftType(Expr left) {
        if (left instanceof ColumnRef ref) {
            ResolvedColumn c = ctx.resolver.resolve(ref);
            return c == null ? null : c.type();
        }
        if (left instanceof CastExpr cast) {
            return ctx.castTypes.target(cast);
        }
        if (left instanceof FunctionCall f) {
            ColumnType t = FunctionTypes.fixed(f.name());
            if (t == null) {
                throw SynapseSqlException.badRequest("type is required.");
            }
            return t;
        }
        return null;
    }

    /** Writes a right-hand value: literals are converted by the left side's type and bound. */
    private void rightSide(Expr e, ColumnType leftType, String clause, SqlBuffer out) {
        if (e instanceof TruthLiteral t && leftType != ColumnType.BOOLEAN && !"UNKNOWN".equals(t.value())) {
            // MySQL's TRUE and FALSE are the integers 1 and 0.
            out.append("TRUE".equals(t.value()) ? "1" : "0");
            return;
        }
        String literal = literalText(e);
        if (literal == null) {
            values.expr(e, clause, out);
            return;
        }
        if (ColumnTypes.isList(leftType)) {
            out.bind(literal);
            return;
        }
        Object v = LiteralConverter.convert(literal, leftType);
        if (v instanceof Double d && (d.isNaN() || d.isInfinite())) {
            // Compare with the stored form: NULL for NaN, the largest finite doubles for the infinities.
            Double stored = CellCodec.storedDouble(d);
            if (stored == null) {
                out.append("CAST(NULL AS DOUBLE PRECISION)");
            } else {
                out.bind(stored);
            }
            return;
        }
        out.bind(v);
    }

    /** The text of a string or (signed) numeric literal, or null for other expressions. */
    static String literalText(Expr e) {
        if (e instanceof StringLiteral s) {
            return s.value();
        }
        if (e instanceof NumberLiteral n) {
            return n.integer() ? n.text() : n.canonical();
        }
        if (e instanceof Signed s && s.operand() instanceof NumberLiteral n) {
            return s.sign() + (n.integer() ? n.text() : n.canonical());
        }
        return null;
    }

    private void has(HasPredicate h, String clause, SqlBuffer out) {
        ResolvedColumn col = ctx.resolver.resolve((ColumnRef) h.left());
        ColumnModel m = col.model();
        ColumnType element = ColumnTypes.elementType(m.getColumnType());
        StringBuilder exists = new StringBuilder("EXISTS (SELECT 1 FROM ").append(ctx.listTable(m))
                .append(" l WHERE l.ROW_ID = ").append(TranslationContext.ALIAS).append(".ROW_ID AND ");
        if (!h.like()) {
            out.append("(");
            if (h.not()) {
                // NULL lists match neither HAS nor NOT HAS.
                out.append(ExpressionTranslator.physical(col)).append(" IS NOT NULL AND NOT ");
            }
            out.append(exists.toString()).append("l.VAL IN (");
            for (int k = 0; k < h.items().size(); k++) {
                out.append(k == 0 ? "" : ", ");
                rightSide(h.items().get(k), element, clause, out);
            }
            out.append(")))");
            return;
        }
        // NULL lists do match NOT HAS_LIKE.
        out.append(h.not() ? "(NOT " : "(").append(exists.toString()).append("(");
        for (int k = 0; k < h.items().size(); k++) {
            out.append(k == 0 ? "" : " OR ").append("CAST(l.VAL AS VARCHAR) LIKE ");
            rightSide(h.items().get(k), ColumnType.STRING, clause, out);
            out.append(" ESCAPE ");
            if (h.escape() != null) {
                rightSide(h.escape(), ColumnType.STRING, clause, out);
            } else {
                out.bind("\\");
            }
        }
        out.append(")))");
    }

    /** Full-text search approximated as: some word of the query occurs in some text column (natural-language OR). */
    private void textMatches(String text, SqlBuffer out) {
        List<ColumnModel> textColumns = ctx.schema.columns().stream()
                .filter(m -> ColumnTypes.isText(m.getColumnType()) || m.getColumnType() == ColumnType.STRING_LIST).toList();
        String[] words = text.trim().toLowerCase(Locale.ROOT).split("\\s+");
        out.append("(FALSE");
        for (String w : words) {
            if (w.isEmpty()) {
                continue;
            }
            for (ColumnModel m : textColumns) {
                out.append(" OR ").append(TranslationContext.ALIAS).append(".")
                        .append(PhysicalLayout.q(PhysicalLayout.column(m.getId()))).append(" LIKE ")
                        .bind("%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        out.append(")");
    }
}

package org.synapsejdbc.local.sql.h2;

import java.util.List;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.local.sql.SynapseSqlException;
import org.synapsejdbc.local.sql.ast.AggregateCall;
import org.synapsejdbc.local.sql.ast.Arithmetic;
import org.synapsejdbc.local.sql.ast.CaseAbbreviation;
import org.synapsejdbc.local.sql.ast.CaseExpr;
import org.synapsejdbc.local.sql.ast.CastExpr;
import org.synapsejdbc.local.sql.ast.ColumnRef;
import org.synapsejdbc.local.sql.ast.CountStar;
import org.synapsejdbc.local.sql.ast.CurrentUser;
import org.synapsejdbc.local.sql.ast.DefaultLiteral;
import org.synapsejdbc.local.sql.ast.Expr;
import org.synapsejdbc.local.sql.ast.FunctionCall;
import org.synapsejdbc.local.sql.ast.IntervalLiteral;
import org.synapsejdbc.local.sql.ast.NullLiteral;
import org.synapsejdbc.local.sql.ast.NumberLiteral;
import org.synapsejdbc.local.sql.ast.Parenthesized;
import org.synapsejdbc.local.sql.ast.Signed;
import org.synapsejdbc.local.sql.ast.SortSpec;
import org.synapsejdbc.local.sql.ast.StringLiteral;
import org.synapsejdbc.local.sql.ast.TruthLiteral;
import org.synapsejdbc.local.sql.ast.Unnest;
import org.synapsejdbc.local.sql.ast.WhenClause;
import org.synapsejdbc.local.sql.check.ColumnTypes;
import org.synapsejdbc.local.sql.check.ResolvedColumn;
import org.synapsejdbc.local.sql.render.SqlRenderer;

/** Translates Synapse SQL value expressions into H2 SQL with MySQL's semantics where they differ. */
final class ExpressionTranslator {

    private final TranslationContext ctx;
    private ConditionTranslator conditions;

    ExpressionTranslator(TranslationContext ctx) {
        this.ctx = ctx;
    }

    void setConditions(ConditionTranslator conditions) {
        this.conditions = conditions;
    }

    /** Writes a column reference; unknown names fail as MySQL does for the clause. */
    void column(ColumnRef ref, String clause, SqlBuffer out) {
        ResolvedColumn c = ctx.resolver.resolve(ref);
        if (c == null) {
            Expr aliased = ref.qualifier() == null && !"field list".equals(clause) && !"where clause".equals(clause)
                    ? ctx.selectAliases.get(ref.name().name()) : null;
            if (aliased != null) {
                expr(aliased, "field list", out);
                return;
            }
            throw UnknownColumns.error(SqlRenderer.display().render(ref), clause);
        }
        out.append(physical(c));
    }

    /** The qualified physical value column of a resolved column. */
    static String physical(ResolvedColumn c) {
        String name = c.inSchema() ? PhysicalLayout.q(PhysicalLayout.column(c.model().getId())) : c.metadata();
        return TranslationContext.ALIAS + "." + name;
    }

    void expr(Expr e, String clause, SqlBuffer out) {
        if (e instanceof ColumnRef ref) {
            column(ref, clause, out);
        } else if (e instanceof NumberLiteral n) {
            out.append(n.integer() ? n.canonical() : "CAST(" + n.canonical() + " AS DOUBLE PRECISION)");
        } else if (e instanceof StringLiteral s) {
            out.bindString(s.value());
        } else if (e instanceof NullLiteral || e instanceof DefaultLiteral) {
            out.append("NULL");
        } else if (e instanceof TruthLiteral t) {
            out.append("UNKNOWN".equals(t.value()) ? "CAST(NULL AS BOOLEAN)" : t.value());
        } else if (e instanceof IntervalLiteral i) {
            out.append(FunctionMapper.interval(i));
        } else if (e instanceof Arithmetic a) {
            arithmetic(a, clause, out);
        } else if (e instanceof Signed s) {
            out.append("(").append(s.sign());
            expr(s.operand(), clause, out);
            out.append(")");
        } else if (e instanceof Parenthesized p) {
            out.append("(");
            expr(p.inner(), clause, out);
            out.append(")");
        } else if (e instanceof CountStar) {
            out.append("COUNT(*)");
        } else if (e instanceof AggregateCall a) {
            aggregate(a, clause, out);
        } else if (e instanceof FunctionCall f) {
            if (f.arguments() == null && !FunctionMapper.BARE_ALLOWED.contains(f.name())) {
                // Without parentheses MySQL reads the word as a column name, which the index does not have.
                throw UnknownColumns.error(f.name(), clause);
            }
            FunctionMapper.function(f, (i, o) -> expr(f.arguments().get(i), clause, o), out);
        } else if (e instanceof CurrentUser) {
            out.append(Long.toString(ctx.callerUserId));
        } else if (e instanceof Unnest u) {
            ResolvedColumn c = ctx.resolver.resolve(u.column());
            out.append(ctx.unnestAlias(c.model())).append(".VAL");
        } else if (e instanceof CaseAbbreviation c) {
            out.append(c.name()).append("(");
            list(c.arguments(), clause, out);
            out.append(")");
        } else if (e instanceof CaseExpr c) {
            caseExpr(c, clause, out);
        } else if (e instanceof CastExpr c) {
            String target = castTarget(ctx.castTypes.target(c));
            if (target.equals("BIGINT") && ctx.types.typeOf(c.value()) == ColumnType.DOUBLE) {
                // MySQL rounds doubles to the nearest integer and clamps to the BIGINT range.
                SqlBuffer v = new SqlBuffer();
                expr(c.value(), clause, v);
                out.append("CASE WHEN ");
                v.copyTo(out);
                out.append(" >= 9.223372036854775807E18 THEN 9223372036854775807 WHEN ");
                v.copyTo(out);
                out.append(" <= -9.223372036854775808E18 THEN -9223372036854775808 ELSE CAST(ROUND(");
                v.copyTo(out);
                out.append(") AS BIGINT) END");
                return;
            }
            out.append("CAST(");
            expr(c.value(), clause, out);
            out.append(" AS ").append(target).append(")");
        } else {
            throw new IllegalArgumentException("unsupported expression " + e);
        }
    }

    void list(List<Expr> items, String clause, SqlBuffer out) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            expr(items.get(i), clause, out);
        }
    }

    private static String castTarget(ColumnType t) {
        if (ColumnTypes.isInteger(t)) {
            return "BIGINT";
        }
        return switch (t) {
            case DOUBLE -> "DOUBLE PRECISION";
            case BOOLEAN -> "BOOLEAN";
            default -> "VARCHAR";
        };
    }

    private boolean integral(Expr e) {
        if (e instanceof NumberLiteral n) {
            return n.integer();
        }
        if (e instanceof Parenthesized p) {
            return integral(p.inner());
        }
        if (e instanceof Signed s) {
            return integral(s.operand());
        }
        if (e instanceof Arithmetic a) {
            return !a.operator().equals("/") && integral(a.left()) && integral(a.right());
        }
        if (e instanceof ColumnRef || e instanceof CountStar) {
            ColumnType t = ctx.types.typeOf(e);
            return t != null && ColumnTypes.isInteger(t);
        }
        return false;
    }

    private void arithmetic(Arithmetic a, String clause, SqlBuffer out) {
        switch (a.operator()) {
            case "/" -> {
                // MySQL divides exactly (DECIMAL, 4 more digits) for exact operands and returns NULL for x/0.
                boolean exact = integral(a.left()) && integral(a.right());
                out.append(exact ? "CAST(CAST(" : "(CAST(");
                expr(a.left(), clause, out);
                out.append(exact ? " AS DECIMAL(38,10)) / NULLIF(" : " AS DOUBLE PRECISION) / NULLIF(");
                expr(a.right(), clause, out);
                out.append(exact ? ", 0) AS DECIMAL(38,4))" : ", 0))");
            }
            case "DIV" -> {
                out.append("(CAST(");
                expr(a.left(), clause, out);
                out.append(" AS BIGINT) / NULLIF(CAST(");
                expr(a.right(), clause, out);
                out.append(" AS BIGINT), 0))");
            }
            case "%" -> {
                out.append("MOD(");
                expr(a.left(), clause, out);
                out.append(", NULLIF(");
                expr(a.right(), clause, out);
                out.append(", 0))");
            }
            default -> {
                out.append("(");
                expr(a.left(), clause, out);
                out.append(" ").append(a.operator()).append(" ");
                expr(a.right(), clause, out);
                out.append(")");
            }
        }
    }

    private void aggregate(AggregateCall a, String clause, SqlBuffer out) {
        String distinct = "DISTINCT".equals(a.quantifier()) ? "DISTINCT " : "";
        if (a.name().equals("GROUP_CONCAT")) {
            out.append("LISTAGG(").append(distinct);
            if (a.arguments().size() == 1) {
                out.append("CAST(");
                expr(a.arguments().get(0), clause, out);
                out.append(" AS VARCHAR)");
            } else {
                out.append("CONCAT(");
                list(a.arguments(), clause, out);
                out.append(")");
            }
            // H2 needs the separator as a literal; it comes from a parsed string literal and is re-quoted safely.
            String separator = a.separator() == null ? "," : a.separator();
            out.append(", '").append(separator.replace("'", "''")).append("')");
            if (!a.orderBy().isEmpty()) {
                out.append(" WITHIN GROUP (ORDER BY ");
                sortList(a.orderBy(), clause, out);
                out.append(")");
            }
            return;
        }
        if (a.name().equals("JSON_ARRAYAGG")) {
            out.append("SYN_JSON_RENDER(CAST(JSON_ARRAYAGG(").append(distinct);
            expr(a.arguments().get(0), clause, out);
            out.append(" NULL ON NULL) AS VARCHAR))");
            return;
        }
        if (a.name().equals("AVG") && a.arguments().size() == 1 && integral(a.arguments().get(0))) {
            // MySQL averages exact values exactly, with four more decimal digits.
            out.append("CAST(AVG(").append(distinct).append("CAST(");
            expr(a.arguments().get(0), clause, out);
            out.append(" AS DECIMAL(38,10))) AS DECIMAL(38,4))");
            return;
        }
        if (a.arguments().size() != 1) {
            throw SynapseSqlException.badRequest("Incorrect parameter count in the call to native function '" + a.name() + "'");
        }
        out.append(FunctionMapper.aggregateName(a)).append("(").append(distinct);
        boolean toDouble = FunctionMapper.doubleAggregate(a.name());
        if (toDouble) {
            out.append("CAST(");
        }
        expr(a.arguments().get(0), clause, out);
        if (toDouble) {
            out.append(" AS DOUBLE PRECISION)");
        }
        out.append(")");
    }

    void sortList(List<SortSpec> specs, String clause, SqlBuffer out) {
        for (int i = 0; i < specs.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            expr(specs.get(i).expr(), clause, out);
            // MySQL sorts NULLs first ascending and last descending.
            out.append("DESC".equals(specs.get(i).direction()) ? " DESC NULLS LAST" : " ASC NULLS FIRST");
        }
    }

    private void caseExpr(CaseExpr c, String clause, SqlBuffer out) {
        // MySQL compares a non-text operand with string WHEN values; H2 would fail converting the strings.
        boolean asText = c.operand() != null && c.whens().stream().anyMatch(w -> w.whenValue() instanceof StringLiteral);
        out.append("CASE ");
        if (c.operand() != null) {
            out.append(asText ? "CAST(" : "");
            expr(c.operand(), clause, out);
            out.append(asText ? " AS VARCHAR) " : " ");
        }
        for (WhenClause w : c.whens()) {
            out.append("WHEN ");
            if (w.whenValue() != null) {
                out.append(asText ? "CAST(" : "");
                expr(w.whenValue(), clause, out);
                out.append(asText ? " AS VARCHAR)" : "");
            } else {
                conditions.condition(w.whenCondition(), clause, out);
            }
            out.append(" THEN ");
            expr(w.then(), clause, out);
            out.append(" ");
        }
        if (c.elseValue() != null) {
            out.append("ELSE ");
            expr(c.elseValue(), clause, out);
            out.append(" ");
        }
        out.append("END");
    }
}

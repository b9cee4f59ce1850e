package org.synapsejdbc.local.sql.render;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.synapsejdbc.local.sql.ast.AggregateCall;
import org.synapsejdbc.local.sql.ast.AndCondition;
import org.synapsejdbc.local.sql.ast.Arithmetic;
import org.synapsejdbc.local.sql.ast.BetweenPredicate;
import org.synapsejdbc.local.sql.ast.CaseAbbreviation;
import org.synapsejdbc.local.sql.ast.CaseExpr;
import org.synapsejdbc.local.sql.ast.CastExpr;
import org.synapsejdbc.local.sql.ast.ColumnRef;
import org.synapsejdbc.local.sql.ast.Comparison;
import org.synapsejdbc.local.sql.ast.Condition;
import org.synapsejdbc.local.sql.ast.CountStar;
import org.synapsejdbc.local.sql.ast.CurrentUser;
import org.synapsejdbc.local.sql.ast.DefaultLiteral;
import org.synapsejdbc.local.sql.ast.Expr;
import org.synapsejdbc.local.sql.ast.FunctionCall;
import org.synapsejdbc.local.sql.ast.HasPredicate;
import org.synapsejdbc.local.sql.ast.Identifier;
import org.synapsejdbc.local.sql.ast.InPredicate;
import org.synapsejdbc.local.sql.ast.IntervalLiteral;
import org.synapsejdbc.local.sql.ast.IsNullPredicate;
import org.synapsejdbc.local.sql.ast.IsTruthPredicate;
import org.synapsejdbc.local.sql.ast.LikePredicate;
import org.synapsejdbc.local.sql.ast.NanPredicate;
import org.synapsejdbc.local.sql.ast.NotCondition;
import org.synapsejdbc.local.sql.ast.NullLiteral;
import org.synapsejdbc.local.sql.ast.NumberLiteral;
import org.synapsejdbc.local.sql.ast.OrCondition;
import org.synapsejdbc.local.sql.ast.ParenCondition;
import org.synapsejdbc.local.sql.ast.Parenthesized;
import org.synapsejdbc.local.sql.ast.QuerySpec;
import org.synapsejdbc.local.sql.ast.SelectItem;
import org.synapsejdbc.local.sql.ast.Signed;
import org.synapsejdbc.local.sql.ast.SortSpec;
import org.synapsejdbc.local.sql.ast.StringLiteral;
import org.synapsejdbc.local.sql.ast.TextMatchesPredicate;
import org.synapsejdbc.local.sql.ast.TruthLiteral;
import org.synapsejdbc.local.sql.ast.TruthTest;
import org.synapsejdbc.local.sql.ast.Unnest;
import org.synapsejdbc.local.sql.ast.WhenClause;

/**
 * Renders a parsed query back to Synapse's canonical SQL text (upper-case keywords, sorted and de-duplicated
 * AND/OR operands and IN/HAS lists, Java number forms), or, in display mode, without identifier and string
 * quotes (Synapse's select-column display names).
 */
public final class SqlRenderer {

    private static final SqlRenderer CANONICAL = new SqlRenderer(true);
    private static final SqlRenderer DISPLAY = new SqlRenderer(false);

    private final boolean quotes;

    private SqlRenderer(boolean quotes) {
        this.quotes = quotes;
    }

    /** The canonical renderer (keeps identifier and string quotes). */
    public static SqlRenderer canonical() {
        return CANONICAL;
    }

    /** The display-name renderer (drops identifier and string quotes). */
    public static SqlRenderer display() {
        return DISPLAY;
    }

    /** Renders a whole query. */
    public String render(QuerySpec q) {
        StringBuilder sb = new StringBuilder("SELECT ");
        if (q.quantifier() != null) {
            sb.append(q.quantifier()).append(' ');
        }
        sb.append(q.selectStar() ? "*" : q.selectItems().stream().map(this::render).collect(Collectors.joining(", ")));
        sb.append(" FROM ").append(q.table().name());
        if (q.table().alias() != null) {
            sb.append(" AS ").append(q.table().alias());
        }
        if (q.definingWhere() != null) {
            sb.append(" DEFINING_WHERE ").append(render(q.definingWhere()));
        }
        if (q.where() != null) {
            sb.append(" WHERE ").append(render(q.where()));
        }
        if (!q.groupBy().isEmpty()) {
            sb.append(" GROUP BY ").append(q.groupBy().stream().map(this::render).collect(Collectors.joining(", ")));
        }
        if (!q.orderBy().isEmpty()) {
            sb.append(" ORDER BY ").append(sortList(q.orderBy()));
        }
        if (q.limit() != null) {
            sb.append(" LIMIT ").append(q.limit());
            if (q.offset() != null) {
                sb.append(" OFFSET ").append(q.offset());
            }
        }
        return sb.toString();
    }

    /** Renders a select item ({@code expr [AS alias]}). */
    public String render(SelectItem item) {
        String e = render(item.expr());
        return item.alias() == null ? e : e + " AS " + identifier(item.alias());
    }

    private String sortList(List<SortSpec> specs) {
        return specs.stream().map(s -> render(s.expr()) + (s.direction() == null ? "" : " " + s.direction()))
                .collect(Collectors.joining(", "));
    }

    /** Renders an identifier as written (with its quotes in canonical mode). */
    public String identifier(Identifier id) {
        if (!quotes) {
            return id.name();
        }
        return switch (id.quote()) {
            case DOUBLE -> "\"" + id.name().replace("\"", "\"\"") + "\"";
            case BACKTICK -> "`" + id.name().replace("`", "``") + "`";
            case NONE -> id.name();
        };
    }

    private String string(String value) {
        return quotes ? "'" + value.replace("'", "''") + "'" : value;
    }

    private String args(List<Expr> args) {
        return args.stream().map(this::render).collect(Collectors.joining(","));
    }

    private String sortedList(List<Expr> items) {
        TreeSet<String> set = items.stream().map(this::render).collect(Collectors.toCollection(TreeSet::new));
        return "( " + String.join(", ", set) + " )";
    }

    /** Renders a value expression. */
    public String render(Expr e) {
        if (e instanceof ColumnRef c) {
            return c.qualifier() == null ? identifier(c.name()) : identifier(c.qualifier()) + "." + identifier(c.name());
        } else if (e instanceof NumberLiteral n) {
            return n.canonical();
        } else if (e instanceof StringLiteral s) {
            return string(s.value());
        } else if (e instanceof NullLiteral) {
            return "NULL";
        } else if (e instanceof TruthLiteral t) {
            return t.value();
        } else if (e instanceof DefaultLiteral) {
            return "DEFAULT";
        } else if (e instanceof IntervalLiteral i) {
            return "INTERVAL " + i.count() + " " + i.unit();
        } else if (e instanceof Arithmetic a) {
            String op = a.operator().equals("DIV") ? " DIV " : a.operator();
            return render(a.left()) + op + render(a.right());
        } else if (e instanceof Signed s) {
            return s.sign() + render(s.operand());
        } else if (e instanceof Parenthesized p) {
            return "(" + render(p.inner()) + ")";
        } else if (e instanceof CountStar) {
            return "COUNT(*)";
        } else if (e instanceof AggregateCall a) {
            StringBuilder sb = new StringBuilder(a.name()).append('(');
            if (a.quantifier() != null) {
                sb.append(a.quantifier()).append(' ');
            }
            sb.append(args(a.arguments()));
            if (!a.orderBy().isEmpty()) {
                sb.append(" ORDER BY ").append(sortList(a.orderBy()));
            }
            if (a.separator() != null) {
                sb.append(" SEPARATOR ").append(string(a.separator()));
            }
            return sb.append(')').toString();
        } else if (e instanceof FunctionCall f) {
            return f.arguments() == null ? f.name() : f.name() + "(" + args(f.arguments()) + ")";
        } else if (e instanceof CurrentUser) {
            return "CURRENT_USER()";
        } else if (e instanceof Unnest u) {
            return "UNNEST(" + render(u.column()) + ")";
        } else if (e instanceof CaseAbbreviation c) {
            return c.name() + "(" + args(c.arguments()) + ")";
        } else if (e instanceof CaseExpr c) {
            StringBuilder sb = new StringBuilder("CASE ");
            if (c.operand() != null) {
                sb.append(render(c.operand())).append(' ');
            }
            for (WhenClause w : c.whens()) {
                sb.append("WHEN ").append(w.whenValue() != null ? render(w.whenValue()) : render(w.whenCondition()))
                        .append(" THEN ").append(render(w.then())).append(' ');
            }
            if (c.elseValue() != null) {
                sb.append("ELSE ").append(render(c.elseValue())).append(' ');
            }
            return sb.append("END").toString();
        } else if (e instanceof CastExpr c) {
            return "CAST(" + render(c.value()) + " AS " + (c.typeName() != null ? c.typeName() : c.columnId()) + ")";
        }
        throw new IllegalArgumentException("unknown expression " + e);
    }

    /** Renders a search condition. */
    public String render(Condition c) {
        if (c instanceof OrCondition o) {
            return joinSorted(o.operands(), " OR ");
        } else if (c instanceof AndCondition a) {
            return joinSorted(a.operands(), " AND ");
        } else if (c instanceof NotCondition n) {
            return "NOT " + render(n.operand());
        } else if (c instanceof ParenCondition p) {
            return "( " + render(p.inner()) + " )";
        } else if (c instanceof TruthTest t) {
            return render(t.operand()) + " IS " + (t.not() ? "NOT " : "") + t.truth();
        } else if (c instanceof Comparison cmp) {
            return render(cmp.left()) + " " + cmp.operator() + " " + render(cmp.right());
        } else if (c instanceof IsNullPredicate p) {
            return render(p.left()) + " IS " + (p.not() ? "NOT " : "") + "NULL";
        } else if (c instanceof IsTruthPredicate p) {
            return render(p.left()) + " IS " + (p.not() ? "NOT " : "") + p.truth();
        } else if (c instanceof BetweenPredicate b) {
            return render(b.left()) + (b.not() ? " NOT" : "") + " BETWEEN " + render(b.low()) + " AND " + render(b.high());
        } else if (c instanceof InPredicate i) {
            return render(i.left()) + (i.not() ? " NOT" : "") + " IN " + sortedList(i.items());
        } else if (c instanceof HasPredicate h) {
            String s = render(h.left()) + (h.not() ? " NOT" : "") + (h.like() ? " HAS_LIKE " : " HAS ") + sortedList(h.items());
            return h.escape() == null ? s : s + " ESCAPE " + render(h.escape());
        } else if (c instanceof LikePredicate l) {
            String s = render(l.left()) + (l.not() ? " NOT" : "") + " LIKE " + render(l.pattern());
            return l.escape() == null ? s : s + " ESCAPE " + render(l.escape());
        } else if (c instanceof NanPredicate n) {
            return (n.infinity() ? "ISINFINITY(" : "ISNAN(") + render(n.column()) + ")";
        } else if (c instanceof TextMatchesPredicate t) {
            return "TEXT_MATCHES(" + string(t.text()) + ")";
        }
        throw new IllegalArgumentException("unknown condition " + c);
    }

    private String joinSorted(List<Condition> operands, String separator) {
        TreeSet<String> set = operands.stream().map(this::render).collect(Collectors.toCollection(TreeSet::new));
        return String.join(separator, set);
    }
}

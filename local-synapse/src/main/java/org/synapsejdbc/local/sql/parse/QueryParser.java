package org.synapsejdbc.local.sql.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.synapsejdbc.local.sql.ast.Condition;
import org.synapsejdbc.local.sql.ast.Expr;
import org.synapsejdbc.local.sql.ast.Identifier;
import org.synapsejdbc.local.sql.ast.QuerySpec;
import org.synapsejdbc.local.sql.ast.SelectItem;
import org.synapsejdbc.local.sql.ast.SortSpec;
import org.synapsejdbc.local.sql.ast.TableRef;

/**
 * Parses a Synapse SQL user statement. Parsing happens in the two steps Synapse has: {@link #parsePrefix}
 * accepts any text that starts with a complete {@code query_spec} (Synapse's check on the start POST), and
 * {@link #parseStatement} additionally requires an optional {@code ;} and the end of the input (the job's check).
 */
public final class QueryParser extends ExpressionParser {

    private QueryParser(String sql) {
        super(new TokenStream(Lexer.tokenize(sql)));
    }

    /** The result of parsing: the tree, and the error (if any) found after the complete query_spec. */
    public record Result(QuerySpec query, SqlParseException trailingError) {
    }

    /** Parses a query_spec prefix and then checks the rest; prefix errors are thrown, trailing errors returned. */
    public static Result parse(String sql) {
        QueryParser p = new QueryParser(sql);
        QuerySpec spec = p.querySpec();
        try {
            if (p.in.at(TokenKind.SEMICOLON)) {
                p.in.consume();
            }
            p.in.expect(TokenKind.EOF);
            return new Result(spec, null);
        } catch (SqlParseException e) {
            return new Result(spec, e);
        }
    }

    /** Parses the whole statement, throwing any error. */
    public static QuerySpec parseStatement(String sql) {
        Result r = parse(sql);
        if (r.trailingError() != null) {
            throw r.trailingError();
        }
        return r.query();
    }

    /** Parses only a prefix that forms a complete query_spec (trailing text is ignored). */
    public static QuerySpec parsePrefix(String sql) {
        return parse(sql).query();
    }

    /** Parses a stand-alone search condition (used for additional filters) followed by the end of input. */
    public static Condition parseCondition(String text) {
        QueryParser p = new QueryParser(text);
        Condition c = p.searchCondition();
        p.in.expect(TokenKind.EOF);
        return c;
    }

    private QuerySpec querySpec() {
        in.expect(TokenKind.SELECT);
        String quantifier = null;
        if (in.atAny(TokenKind.DISTINCT, TokenKind.ALL)) {
            quantifier = in.consume().kind().name();
        }
        List<SelectItem> items = selectList();
        in.expect(TokenKind.FROM);
        TableRef table = tableNameCorrelation();
        int joins = 0;
        while (true) {
            if (in.atAny(TokenKind.INNER, TokenKind.LEFT, TokenKind.RIGHT)) {
                if (in.consume().kind() != TokenKind.INNER && in.at(TokenKind.OUTER)) {
                    in.consume();
                }
                in.expect(TokenKind.JOIN);
            } else if (in.at(TokenKind.JOIN)) {
                in.consume();
            } else {
                break;
            }
            tableNameCorrelation();
            joins++;
            if (in.at(TokenKind.ON)) {
                in.consume();
                searchCondition();
            }
        }
        Condition definingWhere = null;
        if (in.at(TokenKind.DEFINING_WHERE)) {
            in.consume();
            definingWhere = searchCondition();
        }
        Condition where = null;
        if (in.at(TokenKind.WHERE)) {
            in.consume();
            where = searchCondition();
        }
        List<Expr> groupBy = List.of();
        if (in.at(TokenKind.GROUP_BY)) {
            in.consume();
            List<Expr> g = new ArrayList<>();
            g.add(valueExpression());
            while (in.at(TokenKind.COMMA)) {
                in.consume();
                g.add(valueExpression());
            }
            groupBy = List.copyOf(g);
        }
        List<SortSpec> orderBy = List.of();
        if (in.at(TokenKind.ORDER_BY)) {
            in.consume();
            orderBy = sortSpecList();
        }
        Long limit = null;
        Long offset = null;
        if (in.at(TokenKind.LIMIT)) {
            in.consume();
            limit = parseLong(in.expect(TokenKind.UNSIGNED_INTEGER).text());
            if (in.at(TokenKind.OFFSET)) {
                in.consume();
                offset = parseLong(in.expect(TokenKind.UNSIGNED_INTEGER).text());
            }
        }
        return new QuerySpec(quantifier, items, table, joins, definingWhere, where, groupBy, orderBy, limit, offset);
    }

    private List<SelectItem> selectList() {
        if (in.at(TokenKind.ASTERISK)) {
            in.consume();
            return null;
        }
        List<SelectItem> items = new ArrayList<>();
        items.add(derivedColumn());
        while (in.at(TokenKind.COMMA)) {
            in.consume();
            items.add(derivedColumn());
        }
        return List.copyOf(items);
    }

    private SelectItem derivedColumn() {
        Expr e = valueExpression();
        Identifier alias = null;
        if (in.at(TokenKind.AS)) {
            in.consume();
            alias = identifier();
        }
        return new SelectItem(e, alias);
    }

    private TableRef tableNameCorrelation() {
        String name;
        boolean entity;
        if (in.at(TokenKind.ENTITY_ID)) {
            name = in.consume().text().toLowerCase(Locale.ROOT);
            entity = true;
        } else if (in.at(TokenKind.REGULAR_IDENTIFIER)) {
            name = in.consume().text();
            entity = false;
        } else {
            throw in.error();
        }
        String alias = null;
        if (in.at(TokenKind.AS)) {
            in.consume();
            alias = in.expect(TokenKind.REGULAR_IDENTIFIER).text();
        } else if (in.at(TokenKind.REGULAR_IDENTIFIER)) {
            alias = in.consume().text();
        }
        return new TableRef(name, entity, alias);
    }
}

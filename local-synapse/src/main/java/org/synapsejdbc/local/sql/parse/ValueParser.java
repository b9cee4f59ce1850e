package org.synapsejdbc.local.sql.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
import org.synapsejdbc.local.sql.ast.Signed;
import org.synapsejdbc.local.sql.ast.SortSpec;
import org.synapsejdbc.local.sql.ast.StringLiteral;
import org.synapsejdbc.local.sql.ast.TextMatchesPredicate;
import org.synapsejdbc.local.sql.ast.TruthLiteral;
import org.synapsejdbc.local.sql.ast.TruthTest;
import org.synapsejdbc.local.sql.ast.Unnest;
import org.synapsejdbc.local.sql.ast.WhenClause;

/**
 * Recursive-descent rules for value expressions, literals, functions, CASE, CAST and names (grammar §3.4–§3.5);
 * {@link ExpressionParser} adds the search conditions that CASE WHEN needs.
 */
abstract class ValueParser {

    static final int MAX_STRING = 1000;

    private static final Set<String> COLUMN_TYPES = Set.of("STRING", "DOUBLE", "INTEGER", "BOOLEAN", "DATE",
            "FILEHANDLEID", "ENTITYID", "SUBMISSIONID", "EVALUATIONID", "LINK", "MEDIUMTEXT", "LARGETEXT", "USERID",
            "STRING_LIST", "INTEGER_LIST", "BOOLEAN_LIST", "DATE_LIST", "ENTITYID_LIST", "USERID_LIST", "JSON");

    static final TokenKind[] MYSQL_FUNCTIONS = {TokenKind.IFNULL, TokenKind.DATE_TIME_FUNCTION,
        TokenKind.STRING_FUNCTION, TokenKind.NUMERIC_FUNCTION, TokenKind.JSON_FUNCTION, TokenKind.DATE_TIME_FIELD};

    final TokenStream in;

    ValueParser(TokenStream in) {
        this.in = in;
    }

    List<Expr> valueList() {
        List<Expr> items = new ArrayList<>();
        items.add(valueExpression());
        while (in.at(TokenKind.COMMA)) {
            in.consume();
            items.add(valueExpression());
        }
        return List.copyOf(items);
    }

    /** A search condition (used by searched CASE). */
    abstract Condition searchCondition();

    boolean optional(TokenKind kind) {
        if (in.at(kind)) {
            in.consume();
            return true;
        }
        return false;
    }

    // ---- value expressions ----

    Expr valueExpression() {
        Expr left = term();
        while (in.atAny(TokenKind.PLUS, TokenKind.MINUS)) {
            String op = in.consume().text();
            left = new Arithmetic(left, op, term());
        }
        return left;
    }

    private Expr term() {
        Expr left = factor();
        while (in.atAny(TokenKind.ASTERISK, TokenKind.SOLIDUS, TokenKind.DIV, TokenKind.MODULO)) {
            Token op = in.consume();
            left = new Arithmetic(left, op.kind() == TokenKind.DIV ? "DIV" : op.text(), factor());
        }
        return left;
    }

    private Expr factor() {
        if (in.atAny(TokenKind.PLUS, TokenKind.MINUS)) {
            String sign = in.consume().text();
            return new Signed(sign, numericPrimary());
        }
        return numericPrimary();
    }

    private Expr numericPrimary() {
        if (in.atAny(MYSQL_FUNCTIONS)) {
            return mysqlFunction();
        }
        if (in.at(TokenKind.CURRENT_USER)) {
            in.consume();
            in.expect(TokenKind.LEFT_PAREN);
            in.expect(TokenKind.RIGHT_PAREN);
            return new CurrentUser();
        }
        return valuePrimary();
    }

    Expr valuePrimary() {
        if (in.at(TokenKind.NULL)) {
            in.consume();
            return new NullLiteral();
        }
        if (in.at(TokenKind.COUNT_STAR)) {
            in.consume();
            return new CountStar();
        }
        if (in.at(TokenKind.AGGREGATE_NAME)) {
            return aggregate();
        }
        if (in.at(TokenKind.UNNEST)) {
            in.consume();
            in.expect(TokenKind.LEFT_PAREN);
            ColumnRef column = columnReference();
            in.expect(TokenKind.RIGHT_PAREN);
            return new Unnest(column);
        }
        if (in.atAny(TokenKind.UNSIGNED_INTEGER, TokenKind.EXACT_NUMERIC, TokenKind.APPROXIMATE_NUMERIC)) {
            Token t = in.consume();
            if (t.kind() == TokenKind.UNSIGNED_INTEGER) {
                parseLong(t.text());
            }
            return new NumberLiteral(t.text(), t.kind() == TokenKind.UNSIGNED_INTEGER);
        }
        if (in.at(TokenKind.SINGLE_QUOTE)) {
            return stringLiteral();
        }
        if (in.at(TokenKind.INTERVAL)) {
            in.consume();
            long count = parseLong(in.expect(TokenKind.UNSIGNED_INTEGER).text());
            String unit = in.expect(TokenKind.DATE_TIME_FIELD).text().toUpperCase(Locale.ROOT);
            return new IntervalLiteral(count, unit);
        }
        if (in.at(TokenKind.LEFT_PAREN)) {
            in.consume();
            Expr inner = valueExpression();
            in.expect(TokenKind.RIGHT_PAREN);
            return new Parenthesized(inner);
        }
        if (in.atAny(TokenKind.NULLIF, TokenKind.COALESCE)) {
            String name = in.consume().kind().name();
            in.expect(TokenKind.LEFT_PAREN);
            List<Expr> args = new ArrayList<>();
            args.add(valueExpression());
            in.expect(TokenKind.COMMA);
            args.add(valueExpression());
            while (in.at(TokenKind.COMMA)) {
                in.consume();
                args.add(valueExpression());
            }
            in.expect(TokenKind.RIGHT_PAREN);
            return new CaseAbbreviation(name, List.copyOf(args));
        }
        if (in.at(TokenKind.CASE)) {
            return caseExpression();
        }
        if (in.at(TokenKind.CAST)) {
            return cast();
        }
        return columnReference();
    }

    /** Parses an integer literal the way Synapse does: values beyond 64 bits fail with Java's message. */
    static long parseLong(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new SqlParseException("For input string: \"" + text + "\"", false);
        }
    }

    StringLiteral stringLiteral() {
        String value = in.expect(TokenKind.SINGLE_QUOTE).text();
        if (value.length() > MAX_STRING) {
            throw new SqlParseException("String exceeds maximum allowed size: " + MAX_STRING, false);
        }
        return new StringLiteral(value);
    }

    private Expr aggregate() {
        String name = in.consume().text().toUpperCase(Locale.ROOT);
        in.expect(TokenKind.LEFT_PAREN);
        String quantifier = null;
        if (in.atAny(TokenKind.DISTINCT, TokenKind.ALL)) {
            quantifier = in.consume().kind().name();
        }
        List<Expr> args = valueList();
        List<SortSpec> orderBy = List.of();
        if (in.at(TokenKind.ORDER_BY)) {
            in.consume();
            orderBy = sortSpecList();
        }
        String separator = null;
        if (in.at(TokenKind.SEPARATOR)) {
            in.consume();
            separator = stringLiteral().value();
        }
        in.expect(TokenKind.RIGHT_PAREN);
        return new AggregateCall(name, quantifier, args, orderBy, separator);
    }

    List<SortSpec> sortSpecList() {
        List<SortSpec> specs = new ArrayList<>();
        specs.add(sortSpec());
        while (in.at(TokenKind.COMMA)) {
            in.consume();
            specs.add(sortSpec());
        }
        return List.copyOf(specs);
    }

    private SortSpec sortSpec() {
        Expr e = valueExpression();
        String direction = null;
        if (in.atAny(TokenKind.ASC, TokenKind.DESC)) {
            direction = in.consume().kind().name();
        }
        return new SortSpec(e, direction);
    }

    Expr mysqlFunction() {
        String name = in.consume().text().toUpperCase(Locale.ROOT);
        if (!in.at(TokenKind.LEFT_PAREN)) {
            return new FunctionCall(name, null);
        }
        in.consume();
        if (in.at(TokenKind.RIGHT_PAREN)) {
            in.consume();
            return new FunctionCall(name, List.of());
        }
        List<Expr> args = valueList();
        in.expect(TokenKind.RIGHT_PAREN);
        return new FunctionCall(name, args);
    }

    private Expr caseExpression() {
        in.expect(TokenKind.CASE);
        Expr operand = null;
        if (!in.at(TokenKind.WHEN)) {
            operand = valueExpression();
        }
        List<WhenClause> whens = new ArrayList<>();
        do {
            in.expect(TokenKind.WHEN);
            if (operand == null) {
                Condition c = searchCondition();
                in.expect(TokenKind.THEN);
                whens.add(new WhenClause(null, c, valueExpression()));
            } else {
                Expr v = valueExpression();
                in.expect(TokenKind.THEN);
                whens.add(new WhenClause(v, null, valueExpression()));
            }
        } while (in.at(TokenKind.WHEN));
        Expr elseValue = null;
        if (in.at(TokenKind.ELSE)) {
            in.consume();
            elseValue = valueExpression();
        }
        in.expect(TokenKind.END);
        return new CaseExpr(operand, List.copyOf(whens), elseValue);
    }

    Expr cast() {
        in.expect(TokenKind.CAST);
        in.expect(TokenKind.LEFT_PAREN);
        Expr value = valueExpression();
        in.expect(TokenKind.AS);
        if (in.at(TokenKind.UNSIGNED_INTEGER)) {
            long id = parseLong(in.consume().text());
            in.expect(TokenKind.RIGHT_PAREN);
            return new CastExpr(value, null, id);
        }
        boolean isDate = in.at(TokenKind.DATE_TIME_FUNCTION) && in.peek().text().equalsIgnoreCase("DATE");
        if (!isDate && !in.at(TokenKind.REGULAR_IDENTIFIER)) {
            throw in.error();
        }
        String type = in.consume().text().toUpperCase(Locale.ROOT);
        if (!COLUMN_TYPES.contains(type)) {
            throw new SqlParseException("No enum constant org.sagebionetworks.repo.model.table.ColumnType." + type, false);
        }
        in.expect(TokenKind.RIGHT_PAREN);
        return new CastExpr(value, type, null);
    }

    // ---- names ----

    ColumnRef columnReference() {
        Identifier first = identifier();
        if (in.at(TokenKind.PERIOD)) {
            in.consume();
            return new ColumnRef(first, identifier());
        }
        return new ColumnRef(null, first);
    }

    Identifier identifier() {
        if (in.atAny(TokenKind.DOUBLE_QUOTE, TokenKind.BACKTICK, TokenKind.ENTITY_ID, TokenKind.REGULAR_IDENTIFIER)) {
            Token t = in.consume();
            return switch (t.kind()) {
                case DOUBLE_QUOTE -> new Identifier(t.text(), Identifier.Quote.DOUBLE);
                case BACKTICK -> new Identifier(t.text(), Identifier.Quote.BACKTICK);
                case ENTITY_ID -> new Identifier(t.text().toLowerCase(Locale.ROOT), Identifier.Quote.NONE);
                default -> new Identifier(t.text(), Identifier.Quote.NONE);
            };
        }
        throw in.error();
    }
}

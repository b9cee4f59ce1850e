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

/** Recursive-descent rules for search conditions and predicates (grammar §3.3). */
class ExpressionParser extends ValueParser {

    ExpressionParser(TokenStream in) {
        super(in);
    }

    // ---- search conditions ----

    @Override
    Condition searchCondition() {
        List<Condition> terms = new ArrayList<>();
        terms.add(booleanTerm());
        while (in.at(TokenKind.OR)) {
            in.consume();
            terms.add(booleanTerm());
        }
        return terms.size() == 1 ? terms.get(0) : new OrCondition(List.copyOf(terms));
    }

    private Condition booleanTerm() {
        List<Condition> factors = new ArrayList<>();
        factors.add(booleanFactor());
        while (in.at(TokenKind.AND)) {
            in.consume();
            factors.add(booleanFactor());
        }
        return factors.size() == 1 ? factors.get(0) : new AndCondition(List.copyOf(factors));
    }

    private Condition booleanFactor() {
        if (in.at(TokenKind.NOT)) {
            in.consume();
            return new NotCondition(booleanTest());
        }
        return booleanTest();
    }

    private Condition booleanTest() {
        Condition primary;
        if (in.at(TokenKind.LEFT_PAREN)) {
            in.consume();
            primary = new ParenCondition(searchCondition());
            in.expect(TokenKind.RIGHT_PAREN);
        } else {
            primary = predicate();
        }
        if (in.at(TokenKind.IS)) {
            in.consume();
            boolean not = optional(TokenKind.NOT);
            return new TruthTest(primary, not, truthValue());
        }
        return primary;
    }

    private String truthValue() {
        if (in.atAny(TokenKind.TRUE, TokenKind.FALSE, TokenKind.UNKNOWN)) {
            return in.consume().kind().name();
        }
        throw in.error();
    }

    private Condition predicate() {
        if (in.atAny(TokenKind.ISNAN, TokenKind.ISINFINITY)) {
            boolean infinity = in.consume().kind() == TokenKind.ISINFINITY;
            in.expect(TokenKind.LEFT_PAREN);
            ColumnRef column = columnReference();
            in.expect(TokenKind.RIGHT_PAREN);
            return new NanPredicate(column, infinity);
        }
        if (in.at(TokenKind.TEXT_MATCHES)) {
            in.consume();
            in.expect(TokenKind.LEFT_PAREN);
            String text = stringLiteral().value();
            in.expect(TokenKind.RIGHT_PAREN);
            return new TextMatchesPredicate(text);
        }
        Expr left = predicateLeftSide();
        if (in.atAny(TokenKind.EQUALS, TokenKind.NOT_EQUALS, TokenKind.LESS, TokenKind.GREATER,
                TokenKind.LESS_EQUALS, TokenKind.GREATER_EQUALS)) {
            String op = in.consume().text();
            return new Comparison(left, op, rowValue());
        }
        if (in.at(TokenKind.IS)) {
            in.consume();
            boolean not = optional(TokenKind.NOT);
            if (in.at(TokenKind.NULL)) {
                in.consume();
                return new IsNullPredicate(left, not);
            }
            return new IsTruthPredicate(left, not, truthValue());
        }
        boolean not = optional(TokenKind.NOT);
        if (in.at(TokenKind.BETWEEN)) {
            in.consume();
            Expr low = rowValue();
            in.expect(TokenKind.AND);
            return new BetweenPredicate(left, not, low, rowValue());
        }
        if (in.at(TokenKind.IN)) {
            in.consume();
            return new InPredicate(left, not, parenthesizedList());
        }
        if (in.atAny(TokenKind.HAS, TokenKind.HAS_LIKE)) {
            boolean like = in.consume().kind() == TokenKind.HAS_LIKE;
            List<Expr> items = parenthesizedList();
            Expr escape = null;
            if (like && in.at(TokenKind.ESCAPE)) {
                in.consume();
                escape = valuePrimary();
            }
            return new HasPredicate(left, not, like, items, escape);
        }
        if (in.at(TokenKind.LIKE)) {
            in.consume();
            Expr pattern = valuePrimary();
            Expr escape = null;
            if (in.at(TokenKind.ESCAPE)) {
                in.consume();
                escape = valuePrimary();
            }
            return new LikePredicate(left, not, pattern, escape);
        }
        throw in.error();
    }

    private Expr predicateLeftSide() {
        if (in.atAny(MYSQL_FUNCTIONS)) {
            return mysqlFunction();
        }
        if (in.at(TokenKind.CAST)) {
            return cast();
        }
        return columnReference();
    }

    private List<Expr> parenthesizedList() {
        in.expect(TokenKind.LEFT_PAREN);
        List<Expr> items = valueList();
        in.expect(TokenKind.RIGHT_PAREN);
        return items;
    }

    private Expr rowValue() {
        if (in.at(TokenKind.DEFAULT)) {
            in.consume();
            return new DefaultLiteral();
        }
        if (in.atAny(TokenKind.TRUE, TokenKind.FALSE, TokenKind.UNKNOWN)) {
            return new TruthLiteral(in.consume().kind().name());
        }
        return valueExpression();
    }
}

package org.synapsejdbc.calcite.dml;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.util.NlsString;

/**
 * The literals an INSERT … VALUES or UPDATE … SET writes, taken from the parse tree of the statement being prepared
 * on this thread (before validation turns them into CASTs that cut text to the column length, and that would fail or
 * round in generated code when a text or number does not fit a numeric column).
 */
final class WrittenLiterals {
    private static final ThreadLocal<WrittenLiterals> CURRENT = new ThreadLocal<>();

    /** A literal and its target column; {@code quoted} for a text literal, else a number as written. */
    record Literal(String column, String value, boolean quoted) {
    }

    private final List<String> columns;
    private final List<Integer> positions;
    private final List<String> values;
    private final List<Boolean> quoted;

    private WrittenLiterals(List<String> columns, List<Integer> positions, List<String> values,
            List<Boolean> quoted) {
        this.columns = columns;
        this.positions = positions;
        this.values = values;
        this.quoted = quoted;
    }

    /** Called with each parsed statement; keeps its written literals for {@link #take}. */
    static void collect(Object parsed) {
        CURRENT.remove();
        List<String> columns = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        List<Boolean> quoted = new ArrayList<>();
        if (parsed instanceof SqlInsert insert && insert.getSource().getKind() == SqlKind.VALUES) {
            SqlNodeList target = insert.getTargetColumnList();
            for (SqlNode row : ((SqlCall) insert.getSource()).getOperandList()) {
                List<SqlNode> cells = row instanceof SqlBasicCall call ? call.getOperandList() : List.of(row);
                for (int i = 0; i < cells.size(); i++) {
                    String text = text(cells.get(i));
                    String number = text == null ? number(cells.get(i)) : null;
                    if (text != null || number != null) {
                        columns.add(target == null || i >= target.size() ? null : name(target.get(i)));
                        positions.add(i);
                        values.add(text != null ? text : number);
                        quoted.add(text != null);
                    }
                }
            }
        } else if (parsed instanceof SqlUpdate update) {
            SqlNodeList target = update.getTargetColumnList();
            SqlNodeList sources = update.getSourceExpressionList();
            for (int i = 0; i < target.size() && i < sources.size(); i++) {
                String text = text(sources.get(i));
                String number = text == null ? number(sources.get(i)) : null;
                if (text != null || number != null) {
                    columns.add(name(target.get(i)));
                    positions.add(-1);
                    values.add(text != null ? text : number);
                    quoted.add(text != null);
                }
            }
        }
        if (!values.isEmpty()) {
            CURRENT.set(new WrittenLiterals(columns, positions, values, quoted));
        }
    }

    /** The literals of the statement now being converted on this thread (and forgets them). */
    static WrittenLiterals take() {
        WrittenLiterals literals = CURRENT.get();
        CURRENT.remove();
        return literals;
    }

    /** The literals with their column names resolved against the target table's fields. */
    List<Literal> literals(List<String> tableFields) {
        List<Literal> texts = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String column = columns.get(i);
            if (column == null && positions.get(i) >= 0 && positions.get(i) < tableFields.size()) {
                column = tableFields.get(positions.get(i));
            }
            if (column != null) {
                texts.add(new Literal(column, values.get(i), quoted.get(i)));
            }
        }
        return texts;
    }

    private static String text(SqlNode node) {
        return node instanceof SqlCharStringLiteral literal ? literal.getValueAs(NlsString.class).getValue() : null;
    }

    /** A numeric literal, possibly negated, as its exact decimal text. */
    private static String number(SqlNode node) {
        if (node instanceof SqlNumericLiteral literal) {
            BigDecimal value = literal.getValueAs(BigDecimal.class);
            return value == null ? null : value.toString();
        }
        if (node.getKind() == SqlKind.MINUS_PREFIX && node instanceof SqlCall call
                && call.operand(0) instanceof SqlNumericLiteral) {
            String positive = number(call.operand(0));
            return positive == null ? null : new BigDecimal(positive).negate().toString();
        }
        return null;
    }

    private static String name(SqlNode node) {
        return node instanceof SqlIdentifier id ? id.names.get(id.names.size() - 1) : null;
    }
}

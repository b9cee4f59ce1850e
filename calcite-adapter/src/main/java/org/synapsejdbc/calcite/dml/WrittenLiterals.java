package org.synapsejdbc.calcite.dml;

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
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.util.NlsString;

/**
 * The text literals an INSERT … VALUES or UPDATE … SET writes, taken from the parse tree of the statement being
 * prepared on this thread (before validation turns them into CASTs that cut them to the column length).
 */
final class WrittenLiterals {
    private static final ThreadLocal<WrittenLiterals> CURRENT = new ThreadLocal<>();

    /** A literal and its target: a column name, or (INSERT without a column list) the column position. */
    record Text(String column, String value) {
    }

    private final List<String> columns;
    private final List<Integer> positions;
    private final List<String> values;

    private WrittenLiterals(List<String> columns, List<Integer> positions, List<String> values) {
        this.columns = columns;
        this.positions = positions;
        this.values = values;
    }

    /** Called with each parsed statement; keeps its written text literals for {@link #take}. */
    static void collect(Object parsed) {
        CURRENT.remove();
        List<String> columns = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        List<String> values = new ArrayList<>();
        if (parsed instanceof SqlInsert insert && insert.getSource().getKind() == SqlKind.VALUES) {
            SqlNodeList target = insert.getTargetColumnList();
            for (SqlNode row : ((SqlCall) insert.getSource()).getOperandList()) {
                List<SqlNode> cells = row instanceof SqlBasicCall call ? call.getOperandList() : List.of(row);
                for (int i = 0; i < cells.size(); i++) {
                    String text = text(cells.get(i));
                    if (text != null) {
                        columns.add(target == null || i >= target.size() ? null : name(target.get(i)));
                        positions.add(i);
                        values.add(text);
                    }
                }
            }
        } else if (parsed instanceof SqlUpdate update) {
            SqlNodeList target = update.getTargetColumnList();
            SqlNodeList sources = update.getSourceExpressionList();
            for (int i = 0; i < target.size() && i < sources.size(); i++) {
                String text = text(sources.get(i));
                if (text != null) {
                    columns.add(name(target.get(i)));
                    positions.add(-1);
                    values.add(text);
                }
            }
        }
        if (!values.isEmpty()) {
            CURRENT.set(new WrittenLiterals(columns, positions, values));
        }
    }

    /** The literals of the statement now being converted on this thread (and forgets them). */
    static WrittenLiterals take() {
        WrittenLiterals literals = CURRENT.get();
        CURRENT.remove();
        return literals;
    }

    /** The literals with their column names resolved against the target table's fields. */
    List<Text> texts(List<String> tableFields) {
        List<Text> texts = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String column = columns.get(i);
            if (column == null && positions.get(i) >= 0 && positions.get(i) < tableFields.size()) {
                column = tableFields.get(positions.get(i));
            }
            if (column != null) {
                texts.add(new Text(column, values.get(i)));
            }
        }
        return texts;
    }

    private static String text(SqlNode node) {
        return node instanceof SqlCharStringLiteral literal ? literal.getValueAs(NlsString.class).getValue() : null;
    }

    private static String name(SqlNode node) {
        return node instanceof SqlIdentifier id ? id.names.get(id.names.size() - 1) : null;
    }
}

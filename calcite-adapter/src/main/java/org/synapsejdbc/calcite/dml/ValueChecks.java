package org.synapsejdbc.calcite.dml;

import java.math.BigDecimal;
import java.util.List;

import org.apache.calcite.rel.core.TableModify;
import org.apache.calcite.sql.type.SqlTypeName;
import org.synapsejdbc.calcite.SynapseTable;
import org.synapsejdbc.client.model.ColumnModel;

/**
 * Refuses, before planning, literals that do not fit their numeric or BOOLEAN column ({@link ColumnValues} has the
 * rules): Calcite would evaluate their CAST in generated code, failing with an {@code ExceptionInInitializerError}
 * for text like 'abc', or rounding 1.5 silently.
 */
final class ValueChecks {
    private ValueChecks() {
    }

    static void check(TableModify modify, SynapseTable table, List<WrittenLiterals.Literal> literals) {
        List<String> names = modify.getTable().getRowType().getFieldNames();
        for (WrittenLiterals.Literal literal : literals) {
            int field = names.indexOf(literal.column());
            if (field < 0 || field >= table.descriptor().columns().size()) {
                continue;
            }
            SqlTypeName type = modify.getTable().getRowType().getFieldList().get(field).getType().getSqlTypeName();
            Object value = literal.quoted() ? literal.value() : new BigDecimal(literal.value());
            String column = label(table, field);
            switch (type) {
                case BIGINT -> ColumnValues.toBigint(value, column);
                case DOUBLE -> ColumnValues.toDouble(value, column);
                case BOOLEAN -> {
                    if (literal.quoted()) {
                        ColumnValues.toBoolean(value, column);
                    }
                }
                default -> {
                }
            }
        }
    }

    /** The column as messages name it: its name and Synapse type, e.g. "n (INTEGER)". */
    static String label(SynapseTable table, int field) {
        ColumnModel column = table.descriptor().columns().get(field);
        return column.getName() + " (" + column.getColumnType() + ")";
    }
}

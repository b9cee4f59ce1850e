package org.synapsejdbc.calcite.dml;

import java.util.ArrayList;
import java.util.List;

import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.TableModify;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexLiteral;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexUtil;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;
import org.synapsejdbc.calcite.error.SynapseSqlStates;

/**
 * Keeps Calcite from silently cutting text to a Synapse column's VARCHAR(n) (its CAST truncates): text literals
 * longer than their column are refused before planning ({@link WrittenLiterals} collects them from the parse tree,
 * since the conversion already cuts them), and the narrowing CASTs on computed values are dropped, so that Synapse
 * sees the full value and refuses it with its own reason. Called by {@link StatementHooks} for writes to Synapse
 * tables.
 */
final class LengthChecks {
    private LengthChecks() {
    }

    /** Refuses text literals longer than their column, then widens the computed text values. */
    static void check(TableModify modify, List<WrittenLiterals.Literal> literals) {
        List<String> names = modify.getTable().getRowType().getFieldNames();
        List<RelDataType> types = modify.getTable().getRowType().getFieldList().stream().map(f -> f.getType())
                .toList();
        for (WrittenLiterals.Literal text : literals) {
            int field = names.indexOf(text.column());
            RelDataType type = field < 0 ? null : types.get(field);
            if (text.quoted() && type != null && type.getSqlTypeName() == SqlTypeName.VARCHAR
                    && type.getPrecision() > 0 && text.value().length() > type.getPrecision()) {
                throw tooLong(text.column(), text.value(), type.getPrecision());
            }
        }
        widen(modify, modify.isUpdate() ? names.size() : 0);
    }

    /**
     * Drops the narrowing text CASTs that the conversion puts on computed values (from field {@code first} on), so
     * the full value reaches Synapse, which refuses it with its own reason instead of Calcite cutting it short.
     */
    private static void widen(TableModify modify, int first) {
        if (!(modify.getInput() instanceof Project project)) {
            return;
        }
        List<RexNode> exprs = new ArrayList<>(project.getProjects());
        boolean changed = false;
        for (int i = first; i < exprs.size(); i++) {
            RexNode e = exprs.get(i);
            if (e.getKind() == SqlKind.CAST && isNarrowingText((RexCall) e)) {
                exprs.set(i, ((RexCall) e).getOperands().get(0));
                changed = true;
            }
        }
        if (changed) {
            RelDataType type = RexUtil.createStructType(project.getCluster().getTypeFactory(), exprs,
                    project.getRowType().getFieldNames(), null);
            modify.replaceInput(0, project.copy(project.getTraitSet(), project.getInput(), exprs, type));
        }
    }

    private static boolean isNarrowingText(RexCall cast) {
        RelDataType to = cast.getType();
        RelDataType from = cast.getOperands().get(0).getType();
        return to.getSqlTypeName() == SqlTypeName.VARCHAR && to.getPrecision() > 0
                // CHAR(n) sources (multi-row VALUES) are blank-padded: their CAST must stay to trim the padding.
                && from.getSqlTypeName() == SqlTypeName.VARCHAR
                && (from.getPrecision() < 0 || from.getPrecision() > to.getPrecision())
                && !(cast.getOperands().get(0) instanceof RexLiteral);
    }

    static RuntimeException tooLong(String column, String value, long max) {
        String shown = value.length() > 40 ? value.substring(0, 40) + "..." : value;
        return DmlErrors.of(SynapseSqlStates.TOO_LONG,
                "Value '" + shown + "' (" + value.length() + " characters) is too"
                + " long for column " + column + ", which holds at most " + max + " characters; nothing was written");
    }
}

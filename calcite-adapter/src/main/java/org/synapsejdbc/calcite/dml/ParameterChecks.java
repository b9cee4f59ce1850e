package org.synapsejdbc.calcite.dml;

import java.util.ArrayList;
import java.util.List;

import org.apache.calcite.DataContext;
import org.apache.calcite.adapter.enumerable.EnumerableCalc;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexCall;
import org.apache.calcite.rex.RexDynamicParam;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.rex.RexProgram;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Length checks for {@code ?} parameters written straight into a text column: the generated code would cut a
 * longer value to the column's VARCHAR(n), so the raw parameter is checked before anything is sent.
 */
record ParameterChecks(int[] indexes, int[] limits, String[] columns) {
    /** The parameters the modify's input writes unchanged into bounded text columns. */
    static ParameterChecks of(SynapseTableModify modify) {
        List<Integer> indexes = new ArrayList<>();
        List<Integer> limits = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<RexNode> projects = projects(modify.getInput());
        if (projects != null) {
            List<String> names = modify.getTable().getRowType().getFieldNames();
            List<RelDataType> types = modify.getTable().getRowType().getFieldList().stream()
                    .map(f -> f.getType()).toList();
            int[] targets;
            int[] fields;
            if (modify.isUpdate()) {
                List<String> update = modify.getUpdateColumnList();
                fields = modify.sourceFields();
                targets = update.stream().mapToInt(names::indexOf).toArray();
            } else {
                fields = java.util.stream.IntStream.range(0, names.size()).toArray();
                targets = fields;
            }
            for (int i = 0; i < fields.length; i++) {
                if (targets[i] < 0 || fields[i] >= projects.size()) {
                    continue;
                }
                RelDataType type = types.get(targets[i]);
                RexNode e = projects.get(fields[i]);
                if (e.getKind() == SqlKind.CAST) {
                    e = ((RexCall) e).getOperands().get(0);
                }
                if (e instanceof RexDynamicParam param && type.getSqlTypeName() == SqlTypeName.VARCHAR
                        && type.getPrecision() > 0) {
                    indexes.add(param.getIndex());
                    limits.add(type.getPrecision());
                    columns.add(names.get(targets[i]));
                }
            }
        }
        return new ParameterChecks(indexes.stream().mapToInt(Integer::intValue).toArray(),
                limits.stream().mapToInt(Integer::intValue).toArray(), columns.toArray(new String[0]));
    }

    /** The expressions computing the input's fields: of a Calc, or of the pushed Project below the converter. */
    private static List<RexNode> projects(RelNode input) {
        if (input instanceof EnumerableCalc calc) {
            RexProgram program = calc.getProgram();
            return program.getProjectList().stream().map(r -> program.expandLocalRef(r)).toList();
        }
        if (input.getInputs().size() == 1 && input.getInput(0) instanceof Project project) {
            return project.getProjects();
        }
        return null;
    }

    /** Refuses a parameter value longer than its column. */
    static void check(DataContext root, int[] indexes, int[] limits, String[] columns) {
        for (int i = 0; i < indexes.length; i++) {
            Object value = root.get("?" + indexes[i]);
            if (value instanceof String text && text.length() > limits[i]) {
                throw LengthChecks.tooLong(columns[i], text, limits[i]);
            }
        }
    }
}

package org.synapsejdbc.calcite.rel;

import org.apache.calcite.plan.hep.HepRelVertex;
import org.apache.calcite.plan.volcano.RelSubset;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.convert.Converter;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.Filter;
import org.apache.calcite.rel.core.Project;
import org.apache.calcite.rel.core.Sort;
import org.apache.calcite.rel.core.TableScan;
import org.apache.calcite.rex.RexInputRef;
import org.apache.calcite.rex.RexNode;
import org.synapsejdbc.calcite.SynapseTable;
import org.synapsejdbc.client.model.ColumnType;

/**
 * Finds the Synapse column type behind a field of a relational expression, for the guards whose answer depends on
 * how Synapse stores a column (ENTITYID is a number there, JSON a document) rather than on its Calcite type.
 */
final class SynapseColumns {
    private SynapseColumns() {
    }

    /**
     * The Synapse type of {@code field} if it is a plain (not derived) Synapse column, else null. Follows the field
     * through projections, filters, sorts and group keys down to the scan; unlike Calcite's column-origin metadata
     * this also sees through the planner's sets of alternatives, where rules meet their inputs.
     */
    static ColumnType synapseType(RelNode rel, int field) {
        RelNode node = rel;
        int index = field;
        for (int depth = 0; depth < 64; depth++) {
            if (node instanceof RelSubset) {
                RelSubset subset = (RelSubset) node;
                node = subset.getOriginal() != null ? subset.getOriginal() : subset.getBest();
            } else if (node instanceof HepRelVertex) {
                node = ((HepRelVertex) node).getCurrentRel();
            } else if (node instanceof TableScan) {
                SynapseTable table = node.getTable() == null ? null : node.getTable().unwrap(SynapseTable.class);
                return table == null ? null : table.synapseType(index);
            } else if (node instanceof Project) {
                RexNode expression = ((Project) node).getProjects().get(index);
                if (!(expression instanceof RexInputRef)) {
                    return null;
                }
                index = ((RexInputRef) expression).getIndex();
                node = ((Project) node).getInput();
            } else if (node instanceof Filter || node instanceof Sort || node instanceof Converter) {
                node = node.getInput(0);
            } else if (node instanceof Aggregate) {
                Aggregate aggregate = (Aggregate) node;
                if (index >= aggregate.getGroupCount()) {
                    return null;
                }
                index = aggregate.getGroupSet().asList().get(index);
                node = aggregate.getInput();
            } else {
                return null;
            }
            if (node == null) {
                return null;
            }
        }
        return null;
    }

    /** Whether Synapse orders and compares this field the way Calcite orders its value (false for ENTITYID, JSON). */
    static boolean orderable(RelNode rel, int field) {
        ColumnType type = synapseType(rel, field);
        return type != ColumnType.ENTITYID && type != ColumnType.JSON;
    }

    /** Whether Synapse can compare this field with a value at all like Calcite does (false for JSON documents). */
    static boolean comparable(RelNode rel, int field) {
        return synapseType(rel, field) != ColumnType.JSON;
    }

    /** Whether functions and arithmetic see the same value in Synapse (false for ENTITYID numbers, JSON). */
    static boolean usableInExpressions(RelNode rel, int field) {
        ColumnType type = synapseType(rel, field);
        return type != ColumnType.ENTITYID && type != ColumnType.JSON && type != ColumnType.DATE;
    }
}

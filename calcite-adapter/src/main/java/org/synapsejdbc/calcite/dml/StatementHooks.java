package org.synapsejdbc.calcite.dml;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.TableModify;
import org.apache.calcite.runtime.Hook;
import org.synapsejdbc.calcite.SynapseTable;
import org.synapsejdbc.calcite.error.InListTypes;

/**
 * Runs the checks a statement must pass before it is planned (so nothing is sent for bad input), through Calcite's
 * {@link Hook}s on every statement: the parse tree gives IN lists of mixed types ({@link InListTypes}), MERGE and
 * the written literals ({@link WrittenLiterals}); the converted statement gives its target ({@link WriteTargets}),
 * the text lengths ({@link LengthChecks}), the literal values ({@link ValueChecks}) and the parameters to convert
 * at run time ({@link ParameterConversions}).
 */
final class StatementHooks {
    private static final AtomicBoolean INSTALLED = new AtomicBoolean();

    private StatementHooks() {
    }

    /** Registers the hooks once per JVM. */
    static void install() {
        if (INSTALLED.compareAndSet(false, true)) {
            Hook.PARSE_TREE.add((Consumer<Object[]>) args -> {
                WrittenLiterals.collect(args[1]);
                InListTypes.check(args[1]);
                WriteTargets.check(args[1]);
            });
            Hook.CONVERTED.add((Consumer<RelNode>) StatementHooks::converted);
        }
    }

    static void converted(RelNode rel) {
        WrittenLiterals literals = WrittenLiterals.take();
        if (!(rel instanceof TableModify modify)) {
            return;
        }
        WriteTargets.check(modify);
        SynapseTable table = modify.getTable().unwrap(SynapseTable.class);
        if (table == null) {
            return;
        }
        List<WrittenLiterals.Literal> written = literals == null ? List.of()
                : literals.literals(modify.getTable().getRowType().getFieldNames());
        ValueChecks.check(modify, table, written);
        LengthChecks.check(modify, written);
        ParameterConversions.apply(modify, table);
    }
}

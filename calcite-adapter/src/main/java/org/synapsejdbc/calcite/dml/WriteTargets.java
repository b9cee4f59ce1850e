package org.synapsejdbc.calcite.dml;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.calcite.rel.core.TableModify;
import org.apache.calcite.schema.ModifiableTable;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlMerge;
import org.synapsejdbc.calcite.SynapseTable;
import org.synapsejdbc.calcite.error.SynapseSqlStates;

/**
 * Refuses, before planning, the writes the driver cannot carry out: MERGE into a Synapse table (Synapse has no
 * keys to match rows on) and INSERT/UPDATE/DELETE on a table that cannot be written, such as the read-only
 * {@code synapse.*} system tables; the planner would otherwise fail with an internal message that says nothing
 * about why.
 */
final class WriteTargets {
    private static final Pattern SYNAPSE_ID = Pattern.compile("(?i)syn\\d+(\\.\\d+)?");

    private WriteTargets() {
    }

    /**
     * Refuses MERGE into a Synapse table id as soon as it is parsed: Calcite's conversion of some MERGE forms fails
     * on its own before {@link #check(TableModify)} could say why. The hooks run for every Calcite statement in the
     * JVM, so other targets are left to the check after conversion, which knows the table.
     */
    static void check(Object parsed) {
        if (parsed instanceof SqlMerge merge && merge.getTargetTable() instanceof SqlIdentifier id
                && SYNAPSE_ID.matcher(id.names.get(id.names.size() - 1)).matches()) {
            throw merge(id.toString());
        }
    }

    /** MERGE into a Synapse table, or any write to a table that cannot be written (the synapse.* tables). */
    static void check(TableModify modify) {
        String target = name(modify.getTable().getQualifiedName());
        if (modify.isMerge() && modify.getTable().unwrap(SynapseTable.class) != null) {
            throw merge(target);
        }
        // Calcite could not plan a write to a table that is not modifiable; other Calcite users' tables in this JVM
        // that are modifiable are not ours to refuse.
        if (modify.getTable().unwrap(ModifiableTable.class) == null) {
            String operation = modify.getOperation().name();
            throw DmlErrors.of(SynapseSqlStates.UNSUPPORTED, "Cannot " + operation + (modify.isInsert() ? " into "
                    : modify.isDelete() ? " from " : " ") + target + ", which is read-only" + instead(target));
        }
    }

    private static RuntimeException merge(String target) {
        return DmlErrors.of(SynapseSqlStates.UNSUPPORTED,
                "MERGE is not supported (target " + target + "): Synapse tables"
                + " have no primary key to match rows on. Use UPDATE ... WHERE for the rows that exist and INSERT"
                + " for the new ones (several statements can go in one JDBC batch)");
    }

    /** What to call instead of writing to a system table. */
    private static String instead(String target) {
        String table = target.substring(target.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String what = switch (table) {
            case "projects" -> "create a project, use CALL synapse.create_project('name'); to delete one,"
                    + " CALL synapse.delete_entity('syn123')";
            case "entities", "folders" -> "create entities, use CALL synapse.create_folder('syn123', 'name'),"
                    + " synapse.store_file or synapse.create_table; to delete one, CALL synapse.delete_entity("
                    + "'syn123'); to change annotations, CALL synapse.set_annotation('syn123', 'key', 'value')";
            case "files" -> "upload a file, use CALL synapse.store_file('syn123', '/path/to/file'); to delete one,"
                    + " CALL synapse.delete_entity('syn123')";
            case "annotations" -> "change annotations, use CALL synapse.set_annotation('syn123', 'key', 'value')"
                    + " (NULL as value removes it) or synapse.set_annotations('syn123', '{\"key\": \"value\"}')";
            case "provenance" -> "record provenance, use CALL synapse.set_provenance('syn123', 'syn456',"
                    + " 'https://code/url')";
            case "versions" -> "create a table version, use CALL synapse.create_snapshot('syn123')";
            case "columns" -> "create a table with its columns, use CALL synapse.create_table('syn123', 'name',"
                    + " '[...columns...]')";
            default -> null;
        };
        return what == null ? "; only Synapse tables (syn123) can be written"
                : ": the synapse.* system tables show Synapse metadata, which procedures change. To " + what;
    }

    private static String name(List<String> qualified) {
        // Calcite may prefix the root schema's empty name.
        List<String> parts = qualified.stream().filter(s -> !s.isEmpty()).toList();
        return String.join(".", parts.size() > 2 ? parts.subList(parts.size() - 2, parts.size()) : parts);
    }
}

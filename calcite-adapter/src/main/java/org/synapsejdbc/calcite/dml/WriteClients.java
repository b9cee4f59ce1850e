package org.synapsejdbc.calcite.dml;

import org.apache.calcite.DataContext;
import org.apache.calcite.schema.SchemaPlus;
import org.synapsejdbc.calcite.error.SynapseSqlStates;
import org.synapsejdbc.calcite.schema.SynapseSchemas;
import org.synapsejdbc.calcite.schema.SystemSchema;
import org.synapsejdbc.client.SynapseClient;

/** Finds the REST client a statement writes with: the one of its connection's {@code synapse} schema. */
final class WriteClients {
    private WriteClients() {
    }

    static SynapseClient of(DataContext root) {
        SchemaPlus rootSchema = root.getRootSchema();
        SchemaPlus system = rootSchema == null ? null : rootSchema.subSchemas().get(SynapseSchemas.SYSTEM);
        SystemSchema schema = system == null ? null : system.unwrap(SystemSchema.class);
        if (schema == null) {
            throw DmlErrors.of(SynapseSqlStates.UNSUPPORTED, "This connection has no Synapse schema to write through");
        }
        return schema.catalog().client();
    }
}

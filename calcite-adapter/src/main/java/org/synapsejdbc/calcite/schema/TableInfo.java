package org.synapsejdbc.calcite.schema;

import java.util.List;
import org.synapsejdbc.calcite.SynapseTableKind;
import org.synapsejdbc.client.model.ColumnModel;

/** What {@code bundle2} says about a table-like entity: its kind, description and schema. */
record TableInfo(String id, Long version, SynapseTableKind kind, String name, String description,
    List<ColumnModel> columns) {}

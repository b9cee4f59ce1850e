package org.synapsejdbc.client.model;

/** Type of the entity containing definingSql. */
public enum DefiningSqlEntityType {
    /**
     * A materialized view is a view whose content is defined by a Synapse SQL query and it is persisted as a synapse
     * table.
     */
    materializedview,

    /** A virtual table is represents the results of Synapse SQL query. */
    virtualtable;
}

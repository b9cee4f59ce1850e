package org.synapsejdbc.client.model;

/** Type of the Entity. */
public enum EntityType {
    /** TODO: Auto-generated description. */
    project,

    /** TODO: Auto-generated description. */
    folder,

    /** TODO: Auto-generated description. */
    file,

    /** TODO: Auto-generated description. */
    table,

    /** TODO: Auto-generated description. */
    link,

    /** TODO: Auto-generated description. */
    entityview,

    /** TODO: Auto-generated description. */
    dockerrepo,

    /** Type for entities that define evaluation submission views. */
    submissionview,

    /** A dataset is a view of a list of entities. */
    dataset,

    /** A dataset collection is a view of a list of datasets. */
    datasetcollection,

    /**
     * A materialized view is a view whose content is defined by a Synapse SQL query and it is persisted as a synapse
     * table.
     */
    materializedview,

    /** A virtual table is represents the results of Synapse SQL query. */
    virtualtable;
}

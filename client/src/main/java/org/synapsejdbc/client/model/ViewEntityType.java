package org.synapsejdbc.client.model;

/** Subset of EntityType for views. */
public enum ViewEntityType {
    /** Type for entities that define entity views. */
    entityview,

    /** Type for entities that define evaluation submission views. */
    submissionview,

    /** Type for entities that defines a list of entities as a dataset. */
    dataset,

    /** Type for entities that defines a list of datasets as a collection. */
    datasetcollection;
}

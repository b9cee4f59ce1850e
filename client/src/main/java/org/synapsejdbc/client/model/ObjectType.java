package org.synapsejdbc.client.model;

/** The types of objects in Synapse. */
public enum ObjectType {
    /** TODO: Auto-generated description. */
    ENTITY,

    /** TODO: Auto-generated description. */
    ENTITY_CONTAINER,

    /** TODO: Auto-generated description. */
    PRINCIPAL,

    /** TODO: Auto-generated description. */
    ACTIVITY,

    /** TODO: Auto-generated description. */
    EVALUATION,

    /** Rounds defined within a specific Evaluation. */
    EVALUATION_ROUND,

    /** TODO: Auto-generated description. */
    SUBMISSION,

    /** TODO: Auto-generated description. */
    EVALUATION_SUBMISSIONS,

    /** TODO: Auto-generated description. */
    FILE,

    /** TODO: Auto-generated description. */
    MESSAGE,

    /** TODO: Auto-generated description. */
    WIKI,

    /** TODO: Auto-generated description. */
    FAVORITE,

    /** TODO: Auto-generated description. */
    ACCESS_REQUIREMENT,

    /** TODO: Auto-generated description. */
    ACCESS_APPROVAL,

    /** TODO: Auto-generated description. */
    TEAM,

    /** TODO: Auto-generated description. */
    TABLE,

    /** TODO: Auto-generated description. */
    ACCESS_CONTROL_LIST,

    /** TODO: Auto-generated description. */
    PROJECT_SETTING,

    /** TODO: Auto-generated description. */
    VERIFICATION_SUBMISSION,

    /** TODO: Auto-generated description. */
    CERTIFIED_USER_PASSING_RECORD,

    /** TODO: Auto-generated description. */
    FORUM,

    /** TODO: Auto-generated description. */
    THREAD,

    /** TODO: Auto-generated description. */
    REPLY,

    /** Grouping of from data. */
    FORM_GROUP,

    /** User defined schemas are governed by an Organization. */
    ORGANIZATION,

    /** Data of a form. */
    FORM_DATA,

    /** TODO: Auto-generated description. */
    ENTITY_VIEW,

    /** TODO: Auto-generated description. */
    USER_PROFILE,

    /** TODO: Auto-generated description. */
    DATA_ACCESS_REQUEST,

    /** TODO: Auto-generated description. */
    DATA_ACCESS_SUBMISSION,

    /** TODO: Auto-generated description. */
    DATA_ACCESS_SUBMISSION_STATUS,

    /** TODO: Auto-generated description. */
    MEMBERSHIP_INVITATION,

    /** A JSON schema. */
    JSON_SCHEMA,

    /** A JSON schema that references other schemas. */
    JSON_SCHEMA_DEPENDANT,

    /** A dataset is a view of a list of entities. */
    DATASET,

    /** A dataset collection is a view of a list of datasets. */
    DATASET_COLLECTION,

    /** Object used to proxy thread views. */
    THREAD_VIEW,

    /** A materialized view is defined by SQL run against one or more tables/views. */
    MATERIALIZED_VIEW,

    /** A virtual table is a common table expression that references one or more tables/views. */
    VIRTUAL_TABLE,

    /** A change in the table status. */
    TABLE_STATUS_EVENT,

    /** An event fired when a user submits a data access submission. */
    DATA_ACCESS_SUBMISSION_EVENT,

    /** An event fired when a user uploads or downloads the file. */
    FILE_EVENT,

    /** An event fired when a user's query hits the query cache. */
    QUERY_CACHE_HIT;
}

package org.synapsejdbc.client.model;

/** A permission that an access control list can grant. */
public enum ACCESS_TYPE {
    /** TODO: Auto-generated description. */
    CREATE,

    /** TODO: Auto-generated description. */
    READ,

    /** TODO: Auto-generated description. */
    UPDATE,

    /** TODO: Auto-generated description. */
    DELETE,

    /** TODO: Auto-generated description. */
    CHANGE_PERMISSIONS,

    /** TODO: Auto-generated description. */
    DOWNLOAD,

    /** Deprecated. Adding this to an ACL will do nothing. */
    UPLOAD,

    /** TODO: Auto-generated description. */
    PARTICIPATE,

    /** TODO: Auto-generated description. */
    SUBMIT,

    /** TODO: Auto-generated description. */
    READ_PRIVATE_SUBMISSION,

    /** TODO: Auto-generated description. */
    UPDATE_SUBMISSION,

    /** TODO: Auto-generated description. */
    DELETE_SUBMISSION,

    /** TODO: Auto-generated description. */
    TEAM_MEMBERSHIP_UPDATE,

    /** TODO: Auto-generated description. */
    SEND_MESSAGE,

    /** TODO: Auto-generated description. */
    CHANGE_SETTINGS,

    /** TODO: Auto-generated description. */
    MODERATE,

    /** Allows to review a group of submissions (e.g. on ARs) for a given object. */
    REVIEW_SUBMISSIONS,

    /** Eligible for exemption when granted this permission on the ACl of the AR. */
    EXEMPTION_ELIGIBLE;
}

package org.synapsejdbc.client.model;

/** Enumeration of all possible objects types that can be associated with a file. */
public enum FileHandleAssociateType {
    /** A file in a folder or project. */
    FileEntity,

    /** A file in a table row. */
    TableEntity,

    /** A file attached to a wiki page. */
    WikiAttachment,

    /** The file containing the markdown of a wiki page. */
    WikiMarkdown,

    /** A file containing the user profile picture. */
    UserProfileAttachment,

    /** The file containing the content of a message. */
    MessageAttachment,

    /** A file containing the team icon. */
    TeamAttachment,

    /** A file attached to an evaluation submission. */
    SubmissionAttachment,

    /** A file attached to a user verification submission. */
    VerificationSubmission,

    /** A file included in an access requirement. */
    AccessRequirementAttachment,

    /** A file attached to a data access request. */
    DataAccessRequestAttachment,

    /** A file attached to a data access submission. */
    DataAccessSubmissionAttachment,

    /** A file containing the data of a form. */
    FormData;
}

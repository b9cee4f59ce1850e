package org.synapsejdbc.client.model;

/** A code to be used by clients to handle the error. */
public enum ErrorResponseCode {
    /** The user's password must be reset via email. */
    PASSWORD_RESET_VIA_EMAIL_REQUIRED,

    /** The user has not passed the certification process. */
    USER_CERTIFICATION_REQUIRED,

    /**
     * At least one of the columns listed in a FacetColumnRequest is not facet-able according to the table's schema.
     */
    INVALID_TABLE_QUERY_FACET_COLUMN_REQUEST,

    /** The OAuth Client is not verified. */
    OAUTH_CLIENT_NOT_VERIFIED,

    /** Two factor authentication is required. */
    TWO_FA_REQUIRED,

    /** The webhook endpoint domain is not whitelisted. */
    UNSUPPORTED_WEBHOOK_DOMAIN;
}

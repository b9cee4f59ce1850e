package org.synapsejdbc.client.model;

/** The OAuth 2.0 scopes supported by Synapse. */
public enum OAuthScope {
    /** Required scope for OpenID Connect. */
    openid,

    /** When used with 'openid' return 'email' and 'email_verified' claims in ID token. */
    email,

    /** When used with 'openid' return user profile information in ID token. */
    profile,

    /** Read object metadata. */
    view,

    /** Download data. */
    download,

    /** Create or change content. */
    modify,

    /** Authorize access and share resources. */
    authorize,

    /** Access resources even when the user is not logged in. */
    offline_access;
}

package org.synapsejdbc.client.model;

/** The OIDC claims supported by Synapse some of which are standardized in OpenID Connect Core 1.0 Standard Claims. */
public enum OIDCClaimName {
    /** The OIDC Provider, Synapse. */
    iss,

    /** The user whose identity is shared and whose resources are accessed. */
    sub,

    /** The ID of the OIDC client application. */
    aud,

    /** Issued At timestamp. */
    iat,

    /** Not Before timestamp. */
    nbf,

    /** Expiration timestamp. */
    exp,

    /** The timestamp for the event in which the user most recently logged in to Synapse. */
    auth_time,

    /** The user's email address. */
    email,

    /** Whether the email was verified as belonging to the user. */
    email_verified,

    /** The subject's first name. */
    given_name,

    /** The subject's last name. */
    family_name,

    /** The subject's company/employer. */
    company,

    /**
     * The id(s) of Synapse teams of which the subject is a member, taken from a list of IDs presented by the client.
     */
    team,

    /** The immutable principal ID referencing the Synapse user. */
    userid,

    /** The Synapse user name. */
    user_name,

    /** The ORCID linked to the user account. */
    orcid,

    /** Whether the user is certified. */
    is_certified,

    /** Whether the user is validated. */
    is_validated,

    /** The validated first name, if the user is validated. */
    validated_given_name,

    /** The validated last name, if the user is validated. */
    validated_family_name,

    /** The validated location, if the user is validated. */
    validated_location,

    /** The validated email, if the user is validated. */
    validated_email,

    /** The validated company/organization, if the user is validated. */
    validated_company,

    /** The validated ORCID, if the user is validated. */
    validated_orcid,

    /** The timestamp (seconds since the epoch) when validation occurred. */
    validated_at,

    /** The ID of the OAuth 2 refresh token affiliated with this access token, if one exists. */
    refresh_token_id,

    /** The TokenType of this token. */
    token_type;
}

package org.synapsejdbc.client.model;

/** The enumeration of possible personal access token states. */
public enum AccessTokenState {
    /** Indicates that the token is currently active and can be used to make authorized requests to Synapse. */
    ACTIVE,

    /** Indicates the token has expired because it has not been used for 180 days. */
    EXPIRED;
}

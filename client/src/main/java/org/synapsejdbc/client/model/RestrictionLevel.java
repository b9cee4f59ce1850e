package org.synapsejdbc.client.model;

/** How restricted access to an object is. */
public enum RestrictionLevel {
    /** TODO: Auto-generated description. */
    OPEN,

    /** TODO: Auto-generated description. */
    RESTRICTED_BY_TERMS_OF_USE,

    /** TODO: Auto-generated description. */
    CONTROLLED_BY_ACT;
}

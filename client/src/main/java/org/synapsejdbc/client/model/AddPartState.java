package org.synapsejdbc.client.model;

/** The state of this add. */
public enum AddPartState {
    /** TODO: Auto-generated description. */
    ADD_SUCCESS,

    /** TODO: Auto-generated description. */
    ADD_FAILED;
}

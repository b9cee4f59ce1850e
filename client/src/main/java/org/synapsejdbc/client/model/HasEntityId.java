package org.synapsejdbc.client.model;

/** The object that implements this interface contains an entityId. */
public interface HasEntityId {
    String getEntityId();

    HasEntityId setEntityId(String entityId);
}

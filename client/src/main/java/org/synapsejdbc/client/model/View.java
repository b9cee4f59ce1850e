package org.synapsejdbc.client.model;

/** A view of objects within a scope. */
public interface View extends Table {
}

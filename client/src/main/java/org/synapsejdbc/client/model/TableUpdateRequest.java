package org.synapsejdbc.client.model;

/** Abstraction for a request to update a table. */
public interface TableUpdateRequest extends AsynchronousRequestBody, HasEntityId {
}

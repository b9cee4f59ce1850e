package org.synapsejdbc.client.model;

/** Abstraction for a response to update a table. */
public interface TableUpdateResponse extends AsynchronousResponseBody {
}

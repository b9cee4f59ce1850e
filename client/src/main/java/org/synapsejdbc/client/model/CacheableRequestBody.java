package org.synapsejdbc.client.model;

/** Jobs that are cacheable will implement this type of AsynchronousRequestBody. */
public interface CacheableRequestBody extends AsynchronousRequestBody {
}

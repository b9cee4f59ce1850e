package org.synapsejdbc.client.model;

/** Implementation has an etag. */
public interface HasEtag {
    String getEtag();

    HasEtag setEtag(String etag);
}

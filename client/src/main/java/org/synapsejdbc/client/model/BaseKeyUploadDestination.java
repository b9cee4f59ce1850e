package org.synapsejdbc.client.model;

/** An upload destination with an optional base key. */
public interface BaseKeyUploadDestination extends UploadDestination {
    String getBaseKey();

    BaseKeyUploadDestination setBaseKey(String baseKey);
}

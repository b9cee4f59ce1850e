package org.synapsejdbc.client.model;

/** An object with a version number. */
public interface Versionable {
    Long getVersionNumber();

    Versionable setVersionNumber(Long versionNumber);
}

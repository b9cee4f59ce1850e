package org.synapsejdbc.client.model;

/** An entity that has versions. */
public interface VersionableEntity extends Entity, Versionable {
    String getVersionLabel();

    VersionableEntity setVersionLabel(String versionLabel);

    String getVersionComment();

    VersionableEntity setVersionComment(String versionComment);

    Boolean getIsLatestVersion();

    VersionableEntity setIsLatestVersion(Boolean isLatestVersion);
}

package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.time.Instant;
import java.util.Objects;

/** A summary of one version of a versionable entity. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class VersionInfo {
    /** The id of the entity. */
    private String id;

    /** The version number of the entity. */
    private Long versionNumber;

    /** The user defined version label of the entity. */
    private String versionLabel;

    /** The user defined version label of the entity. */
    private String versionComment;

    /** If this version is the latest version of the entity. */
    private Boolean isLatestVersion;

    /** The display name of the user that last modified this entity. */
    private String modifiedBy;

    /** The size of the associated file (when applicable and available). */
    private String contentSize;

    /** Calculated md5 of the associated file (when applicable and available). */
    private String contentMd5;

    /** The user that last modified this entity. */
    private String modifiedByPrincipalId;

    /** The date this entity was last modified. */
    private Instant modifiedOn;

    public String getId() {
        return id;
    }

    public VersionInfo setId(String id) {
        this.id = id;
        return this;
    }

    public Long getVersionNumber() {
        return versionNumber;
    }

    public VersionInfo setVersionNumber(Long versionNumber) {
        this.versionNumber = versionNumber;
        return this;
    }

    public String getVersionLabel() {
        return versionLabel;
    }

    public VersionInfo setVersionLabel(String versionLabel) {
        this.versionLabel = versionLabel;
        return this;
    }

    public String getVersionComment() {
        return versionComment;
    }

    public VersionInfo setVersionComment(String versionComment) {
        this.versionComment = versionComment;
        return this;
    }

    public Boolean getIsLatestVersion() {
        return isLatestVersion;
    }

    public VersionInfo setIsLatestVersion(Boolean isLatestVersion) {
        this.isLatestVersion = isLatestVersion;
        return this;
    }

    public String getModifiedBy() {
        return modifiedBy;
    }

    public VersionInfo setModifiedBy(String modifiedBy) {
        this.modifiedBy = modifiedBy;
        return this;
    }

    public String getContentSize() {
        return contentSize;
    }

    public VersionInfo setContentSize(String contentSize) {
        this.contentSize = contentSize;
        return this;
    }

    public String getContentMd5() {
        return contentMd5;
    }

    public VersionInfo setContentMd5(String contentMd5) {
        this.contentMd5 = contentMd5;
        return this;
    }

    public String getModifiedByPrincipalId() {
        return modifiedByPrincipalId;
    }

    public VersionInfo setModifiedByPrincipalId(String modifiedByPrincipalId) {
        this.modifiedByPrincipalId = modifiedByPrincipalId;
        return this;
    }

    public Instant getModifiedOn() {
        return modifiedOn;
    }

    public VersionInfo setModifiedOn(Instant modifiedOn) {
        this.modifiedOn = modifiedOn;
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        VersionInfo that = (VersionInfo) o;
        return Objects.equals(id, that.id)
                && Objects.equals(versionNumber, that.versionNumber)
                && Objects.equals(versionLabel, that.versionLabel)
                && Objects.equals(versionComment, that.versionComment)
                && Objects.equals(isLatestVersion, that.isLatestVersion)
                && Objects.equals(modifiedBy, that.modifiedBy)
                && Objects.equals(contentSize, that.contentSize)
                && Objects.equals(contentMd5, that.contentMd5)
                && Objects.equals(modifiedByPrincipalId, that.modifiedByPrincipalId)
                && Objects.equals(modifiedOn, that.modifiedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, versionNumber, versionLabel, versionComment, isLatestVersion, modifiedBy,
                contentSize, contentMd5, modifiedByPrincipalId, modifiedOn);
    }

    @Override
    public String toString() {
        return "VersionInfo{"
                + "id=" + id
                + ", versionNumber=" + versionNumber
                + ", versionLabel=" + versionLabel
                + ", versionComment=" + versionComment
                + ", isLatestVersion=" + isLatestVersion
                + ", modifiedBy=" + modifiedBy
                + ", contentSize=" + contentSize
                + ", contentMd5=" + contentMd5
                + ", modifiedByPrincipalId=" + modifiedByPrincipalId
                + ", modifiedOn=" + modifiedOn
                + '}';
    }
}

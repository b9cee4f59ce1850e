package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/** Describes an association of a FileHandle with another object. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class FileHandleAssociation {
    /** The ID of the FileHandle. */
    private String fileHandleId;

    /** The ID of the object associated with the file. */
    private String associateObjectId;

    /** The type of object associated with the file. */
    private FileHandleAssociateType associateObjectType;

    public String getFileHandleId() {
        return fileHandleId;
    }

    public FileHandleAssociation setFileHandleId(String fileHandleId) {
        this.fileHandleId = fileHandleId;
        return this;
    }

    public String getAssociateObjectId() {
        return associateObjectId;
    }

    public FileHandleAssociation setAssociateObjectId(String associateObjectId) {
        this.associateObjectId = associateObjectId;
        return this;
    }

    public FileHandleAssociateType getAssociateObjectType() {
        return associateObjectType;
    }

    public FileHandleAssociation setAssociateObjectType(FileHandleAssociateType associateObjectType) {
        this.associateObjectType = associateObjectType;
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
        FileHandleAssociation that = (FileHandleAssociation) o;
        return Objects.equals(fileHandleId, that.fileHandleId)
                && Objects.equals(associateObjectId, that.associateObjectId)
                && Objects.equals(associateObjectType, that.associateObjectType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileHandleId, associateObjectId, associateObjectType);
    }

    @Override
    public String toString() {
        return "FileHandleAssociation{"
                + "fileHandleId=" + fileHandleId
                + ", associateObjectId=" + associateObjectId
                + ", associateObjectType=" + associateObjectType
                + '}';
    }
}

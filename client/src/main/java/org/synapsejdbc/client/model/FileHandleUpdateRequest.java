package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/** A request to change the file handle of a FileEntity. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class FileHandleUpdateRequest {
    /** The id of the file handle currently associated to the FileEntity. */
    private String oldFileHandleId;

    /** The id of the new file handle to be associated with the FileEntity. */
    private String newFileHandleId;

    public String getOldFileHandleId() {
        return oldFileHandleId;
    }

    public FileHandleUpdateRequest setOldFileHandleId(String oldFileHandleId) {
        this.oldFileHandleId = oldFileHandleId;
        return this;
    }

    public String getNewFileHandleId() {
        return newFileHandleId;
    }

    public FileHandleUpdateRequest setNewFileHandleId(String newFileHandleId) {
        this.newFileHandleId = newFileHandleId;
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
        FileHandleUpdateRequest that = (FileHandleUpdateRequest) o;
        return Objects.equals(oldFileHandleId, that.oldFileHandleId)
                && Objects.equals(newFileHandleId, that.newFileHandleId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(oldFileHandleId, newFileHandleId);
    }

    @Override
    public String toString() {
        return "FileHandleUpdateRequest{"
                + "oldFileHandleId=" + oldFileHandleId
                + ", newFileHandleId=" + newFileHandleId
                + '}';
    }
}

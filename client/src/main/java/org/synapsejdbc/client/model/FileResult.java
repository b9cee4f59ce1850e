package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/** Result of a single File request. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class FileResult {
    /** The ID of the requested FileHandle. */
    private String fileHandleId;

    /** The FileHandle of the requested file. */
    private FileHandle fileHandle;

    /** A pre-signed URL to download the requested file. */
    private String preSignedURL;

    /** A pre-signed URL to download the preview of requested file. */
    private String previewPreSignedURL;

    /** Failure code for a files that cannot be downloaded. */
    private FileResultFailureCode failureCode;

    public String getFileHandleId() {
        return fileHandleId;
    }

    public FileResult setFileHandleId(String fileHandleId) {
        this.fileHandleId = fileHandleId;
        return this;
    }

    public FileHandle getFileHandle() {
        return fileHandle;
    }

    public FileResult setFileHandle(FileHandle fileHandle) {
        this.fileHandle = fileHandle;
        return this;
    }

    public String getPreSignedURL() {
        return preSignedURL;
    }

    public FileResult setPreSignedURL(String preSignedURL) {
        this.preSignedURL = preSignedURL;
        return this;
    }

    public String getPreviewPreSignedURL() {
        return previewPreSignedURL;
    }

    public FileResult setPreviewPreSignedURL(String previewPreSignedURL) {
        this.previewPreSignedURL = previewPreSignedURL;
        return this;
    }

    public FileResultFailureCode getFailureCode() {
        return failureCode;
    }

    public FileResult setFailureCode(FileResultFailureCode failureCode) {
        this.failureCode = failureCode;
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
        FileResult that = (FileResult) o;
        return Objects.equals(fileHandleId, that.fileHandleId)
                && Objects.equals(fileHandle, that.fileHandle)
                && Objects.equals(preSignedURL, that.preSignedURL)
                && Objects.equals(previewPreSignedURL, that.previewPreSignedURL)
                && Objects.equals(failureCode, that.failureCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileHandleId, fileHandle, preSignedURL, previewPreSignedURL, failureCode);
    }

    @Override
    public String toString() {
        return "FileResult{"
                + "fileHandleId=" + fileHandleId
                + ", fileHandle=" + fileHandle
                + ", preSignedURL=" + preSignedURL
                + ", previewPreSignedURL=" + previewPreSignedURL
                + ", failureCode=" + failureCode
                + '}';
    }
}

package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/** Batch Request for file pre-signed-URLs and/or FileHandles. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class BatchFileRequest {
    /** Defines the files to get. */
    private List<FileHandleAssociation> requestedFiles;

    /** Set to true to request a pre-signed URL for each file. */
    private Boolean includePreSignedURLs;

    /** Set to true to request a FileHandle for each file. */
    private Boolean includeFileHandles;

    /** Set to true to request a preview's pre-signed URL for each file. */
    private Boolean includePreviewPreSignedURLs;

    public List<FileHandleAssociation> getRequestedFiles() {
        return requestedFiles;
    }

    public BatchFileRequest setRequestedFiles(List<FileHandleAssociation> requestedFiles) {
        this.requestedFiles = requestedFiles;
        return this;
    }

    public Boolean getIncludePreSignedURLs() {
        return includePreSignedURLs;
    }

    public BatchFileRequest setIncludePreSignedURLs(Boolean includePreSignedURLs) {
        this.includePreSignedURLs = includePreSignedURLs;
        return this;
    }

    public Boolean getIncludeFileHandles() {
        return includeFileHandles;
    }

    public BatchFileRequest setIncludeFileHandles(Boolean includeFileHandles) {
        this.includeFileHandles = includeFileHandles;
        return this;
    }

    public Boolean getIncludePreviewPreSignedURLs() {
        return includePreviewPreSignedURLs;
    }

    public BatchFileRequest setIncludePreviewPreSignedURLs(Boolean includePreviewPreSignedURLs) {
        this.includePreviewPreSignedURLs = includePreviewPreSignedURLs;
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
        BatchFileRequest that = (BatchFileRequest) o;
        return Objects.equals(requestedFiles, that.requestedFiles)
                && Objects.equals(includePreSignedURLs, that.includePreSignedURLs)
                && Objects.equals(includeFileHandles, that.includeFileHandles)
                && Objects.equals(includePreviewPreSignedURLs, that.includePreviewPreSignedURLs);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestedFiles, includePreSignedURLs, includeFileHandles,
                includePreviewPreSignedURLs);
    }

    @Override
    public String toString() {
        return "BatchFileRequest{"
                + "requestedFiles=" + requestedFiles
                + ", includePreSignedURLs=" + includePreSignedURLs
                + ", includeFileHandles=" + includeFileHandles
                + ", includePreviewPreSignedURLs=" + includePreviewPreSignedURLs
                + '}';
    }
}

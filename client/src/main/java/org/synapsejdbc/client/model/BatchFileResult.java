package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/** Batch of results for file pre-signed-URLs and/or FileHandles requests. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class BatchFileResult {
    /** Defines the files to get. */
    private List<FileResult> requestedFiles;

    public List<FileResult> getRequestedFiles() {
        return requestedFiles;
    }

    public BatchFileResult setRequestedFiles(List<FileResult> requestedFiles) {
        this.requestedFiles = requestedFiles;
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
        BatchFileResult that = (BatchFileResult) o;
        return Objects.equals(requestedFiles, that.requestedFiles);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestedFiles);
    }

    @Override
    public String toString() {
        return "BatchFileResult{"
                + "requestedFiles=" + requestedFiles
                + '}';
    }
}

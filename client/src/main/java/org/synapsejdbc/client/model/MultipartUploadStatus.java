package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.time.Instant;
import java.util.Objects;

/** Describes the status of a multi-part file upload. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class MultipartUploadStatus {
    /** The unique identifier of a multi-part file upload. */
    private String uploadId;

    /** The id of the user that started this multi-part file upload. */
    private String startedBy;

    /** The date and time this upload was first initiated. */
    private Instant startedOn;

    /** The date and time this upload was last updated. */
    private Instant updatedOn;

    /** A binary representation of the upload status of all parts comprising the file to be uploaded. */
    private String partsState;

    /** The state of this file upload. */
    private MultipartUploadState state;

    /**
     * After a multi-part file upload is completed, a file handle will be created to represent the resulting file with
     * this ID.
     */
    private String resultFileHandleId;

    public String getUploadId() {
        return uploadId;
    }

    public MultipartUploadStatus setUploadId(String uploadId) {
        this.uploadId = uploadId;
        return this;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public MultipartUploadStatus setStartedBy(String startedBy) {
        this.startedBy = startedBy;
        return this;
    }

    public Instant getStartedOn() {
        return startedOn;
    }

    public MultipartUploadStatus setStartedOn(Instant startedOn) {
        this.startedOn = startedOn;
        return this;
    }

    public Instant getUpdatedOn() {
        return updatedOn;
    }

    public MultipartUploadStatus setUpdatedOn(Instant updatedOn) {
        this.updatedOn = updatedOn;
        return this;
    }

    public String getPartsState() {
        return partsState;
    }

    public MultipartUploadStatus setPartsState(String partsState) {
        this.partsState = partsState;
        return this;
    }

    public MultipartUploadState getState() {
        return state;
    }

    public MultipartUploadStatus setState(MultipartUploadState state) {
        this.state = state;
        return this;
    }

    public String getResultFileHandleId() {
        return resultFileHandleId;
    }

    public MultipartUploadStatus setResultFileHandleId(String resultFileHandleId) {
        this.resultFileHandleId = resultFileHandleId;
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
        MultipartUploadStatus that = (MultipartUploadStatus) o;
        return Objects.equals(uploadId, that.uploadId)
                && Objects.equals(startedBy, that.startedBy)
                && Objects.equals(startedOn, that.startedOn)
                && Objects.equals(updatedOn, that.updatedOn)
                && Objects.equals(partsState, that.partsState)
                && Objects.equals(state, that.state)
                && Objects.equals(resultFileHandleId, that.resultFileHandleId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uploadId, startedBy, startedOn, updatedOn, partsState, state, resultFileHandleId);
    }

    @Override
    public String toString() {
        return "MultipartUploadStatus{"
                + "uploadId=" + uploadId
                + ", startedBy=" + startedBy
                + ", startedOn=" + startedOn
                + ", updatedOn=" + updatedOn
                + ", partsState=" + partsState
                + ", state=" + state
                + ", resultFileHandleId=" + resultFileHandleId
                + '}';
    }
}

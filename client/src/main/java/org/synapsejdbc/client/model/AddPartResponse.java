package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/** Response from adding a part to multi-part upload or copy. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class AddPartResponse {
    /** The unique identifier of a multi-part request. */
    private String uploadId;

    /** The part number of the add. */
    private Long partNumber;

    /** The state of this add. */
    private AddPartState addPartState;

    /** If the added failed, this will contain the error message of the cause. */
    private String errorMessage;

    public String getUploadId() {
        return uploadId;
    }

    public AddPartResponse setUploadId(String uploadId) {
        this.uploadId = uploadId;
        return this;
    }

    public Long getPartNumber() {
        return partNumber;
    }

    public AddPartResponse setPartNumber(Long partNumber) {
        this.partNumber = partNumber;
        return this;
    }

    public AddPartState getAddPartState() {
        return addPartState;
    }

    public AddPartResponse setAddPartState(AddPartState addPartState) {
        this.addPartState = addPartState;
        return this;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public AddPartResponse setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage;
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
        AddPartResponse that = (AddPartResponse) o;
        return Objects.equals(uploadId, that.uploadId)
                && Objects.equals(partNumber, that.partNumber)
                && Objects.equals(addPartState, that.addPartState)
                && Objects.equals(errorMessage, that.errorMessage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uploadId, partNumber, addPartState, errorMessage);
    }

    @Override
    public String toString() {
        return "AddPartResponse{"
                + "uploadId=" + uploadId
                + ", partNumber=" + partNumber
                + ", addPartState=" + addPartState
                + ", errorMessage=" + errorMessage
                + '}';
    }
}

package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/** Request a batch of multi-part upload or copy pre-signed URLs. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class BatchPresignedUploadUrlRequest {
    /** The unique identifier of a multi-part request. */
    private String uploadId;

    /** The part numbers to get pre-signed URLs for. */
    private List<Long> partNumbers;

    /** Optional parameter. When included each pre-signed URL will be signed with the given Content-Type. */
    private String contentType;

    public String getUploadId() {
        return uploadId;
    }

    public BatchPresignedUploadUrlRequest setUploadId(String uploadId) {
        this.uploadId = uploadId;
        return this;
    }

    public List<Long> getPartNumbers() {
        return partNumbers;
    }

    public BatchPresignedUploadUrlRequest setPartNumbers(List<Long> partNumbers) {
        this.partNumbers = partNumbers;
        return this;
    }

    public String getContentType() {
        return contentType;
    }

    public BatchPresignedUploadUrlRequest setContentType(String contentType) {
        this.contentType = contentType;
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
        BatchPresignedUploadUrlRequest that = (BatchPresignedUploadUrlRequest) o;
        return Objects.equals(uploadId, that.uploadId)
                && Objects.equals(partNumbers, that.partNumbers)
                && Objects.equals(contentType, that.contentType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uploadId, partNumbers, contentType);
    }

    @Override
    public String toString() {
        return "BatchPresignedUploadUrlRequest{"
                + "uploadId=" + uploadId
                + ", partNumbers=" + partNumbers
                + ", contentType=" + contentType
                + '}';
    }
}

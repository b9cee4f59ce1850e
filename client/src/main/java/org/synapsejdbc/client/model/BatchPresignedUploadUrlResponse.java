package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/** Batch response of part pre-signed URLs. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class BatchPresignedUploadUrlResponse {
    /** List of part pre-signed URLs. */
    private List<PartPresignedUrl> partPresignedUrls;

    public List<PartPresignedUrl> getPartPresignedUrls() {
        return partPresignedUrls;
    }

    public BatchPresignedUploadUrlResponse setPartPresignedUrls(List<PartPresignedUrl> partPresignedUrls) {
        this.partPresignedUrls = partPresignedUrls;
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
        BatchPresignedUploadUrlResponse that = (BatchPresignedUploadUrlResponse) o;
        return Objects.equals(partPresignedUrls, that.partPresignedUrls);
    }

    @Override
    public int hashCode() {
        return Objects.hash(partPresignedUrls);
    }

    @Override
    public String toString() {
        return "BatchPresignedUploadUrlResponse{"
                + "partPresignedUrls=" + partPresignedUrls
                + '}';
    }
}

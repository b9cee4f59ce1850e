package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Map;
import java.util.Objects;

/** A single pre-signed URL for uploading or coping a part of a multi-part request. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class PartPresignedUrl {
    /** The part number matching this pre-signed URL. */
    private Long partNumber;

    /** A pre-signed URL to upload or copy a part of a multi-part request. */
    private String uploadPresignedUrl;

    /**
     * A key/value pair map of additional headers that must be included in the PUT request for the request to succeed.
     */
    private Map<String, String> signedHeaders;

    public Long getPartNumber() {
        return partNumber;
    }

    public PartPresignedUrl setPartNumber(Long partNumber) {
        this.partNumber = partNumber;
        return this;
    }

    public String getUploadPresignedUrl() {
        return uploadPresignedUrl;
    }

    public PartPresignedUrl setUploadPresignedUrl(String uploadPresignedUrl) {
        this.uploadPresignedUrl = uploadPresignedUrl;
        return this;
    }

    public Map<String, String> getSignedHeaders() {
        return signedHeaders;
    }

    public PartPresignedUrl setSignedHeaders(Map<String, String> signedHeaders) {
        this.signedHeaders = signedHeaders;
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
        PartPresignedUrl that = (PartPresignedUrl) o;
        return Objects.equals(partNumber, that.partNumber)
                && Objects.equals(uploadPresignedUrl, that.uploadPresignedUrl)
                && Objects.equals(signedHeaders, that.signedHeaders);
    }

    @Override
    public int hashCode() {
        return Objects.hash(partNumber, uploadPresignedUrl, signedHeaders);
    }

    @Override
    public String toString() {
        return "PartPresignedUrl{"
                + "partNumber=" + partNumber
                + ", uploadPresignedUrl=" + uploadPresignedUrl
                + ", signedHeaders=" + signedHeaders
                + '}';
    }
}

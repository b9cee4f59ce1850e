package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.Objects;

/**
 * The upload destination contains information to start an upload to the default Synapse storage location that exists
 * on Amazon S3.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(S3UploadDestination.CONCRETE_TYPE)
public class S3UploadDestination implements StsUploadDestination {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.file.S3UploadDestination";

    /** The unique id for the storage location, that points to the StorageLocationSetting. */
    private Long storageLocationId;

    private UploadType uploadType;

    /** If set, the client should show this banner every time an upload is initiated. */
    private String banner;

    /** The optional base key, which acts as a prefix or a base folder. */
    private String baseKey;

    /** Enables STS on this Storage Location. */
    private Boolean stsEnabled;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    @Override
    public Long getStorageLocationId() {
        return storageLocationId;
    }

    @Override
    public S3UploadDestination setStorageLocationId(Long storageLocationId) {
        this.storageLocationId = storageLocationId;
        return this;
    }

    @Override
    public UploadType getUploadType() {
        return uploadType;
    }

    @Override
    public S3UploadDestination setUploadType(UploadType uploadType) {
        this.uploadType = uploadType;
        return this;
    }

    @Override
    public String getBanner() {
        return banner;
    }

    @Override
    public S3UploadDestination setBanner(String banner) {
        this.banner = banner;
        return this;
    }

    @Override
    public String getBaseKey() {
        return baseKey;
    }

    @Override
    public S3UploadDestination setBaseKey(String baseKey) {
        this.baseKey = baseKey;
        return this;
    }

    @Override
    public Boolean getStsEnabled() {
        return stsEnabled;
    }

    @Override
    public S3UploadDestination setStsEnabled(Boolean stsEnabled) {
        this.stsEnabled = stsEnabled;
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
        S3UploadDestination that = (S3UploadDestination) o;
        return Objects.equals(storageLocationId, that.storageLocationId)
                && Objects.equals(uploadType, that.uploadType)
                && Objects.equals(banner, that.banner)
                && Objects.equals(baseKey, that.baseKey)
                && Objects.equals(stsEnabled, that.stsEnabled);
    }

    @Override
    public int hashCode() {
        return Objects.hash(storageLocationId, uploadType, banner, baseKey, stsEnabled);
    }

    @Override
    public String toString() {
        return "S3UploadDestination{"
                + "storageLocationId=" + storageLocationId
                + ", uploadType=" + uploadType
                + ", banner=" + banner
                + ", baseKey=" + baseKey
                + ", stsEnabled=" + stsEnabled
                + '}';
    }
}

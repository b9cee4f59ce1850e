package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.Objects;

/** Request for a preview of an upload to a Table. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(UploadToTablePreviewRequest.CONCRETE_TYPE)
public class UploadToTablePreviewRequest implements AsynchronousRequestBody {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.UploadToTablePreviewRequest";

    /** The ID of the file handle for a type of UPLOAD. */
    private String uploadFileHandleId;

    /** The number of lines to skip from the start of the file. */
    private Long linesToSkip;

    private CsvTableDescriptor csvTableDescriptor;

    /** When set to true the full file will be scanned for a schema suggestions. */
    private Boolean doFullFileScan;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    public String getUploadFileHandleId() {
        return uploadFileHandleId;
    }

    public UploadToTablePreviewRequest setUploadFileHandleId(String uploadFileHandleId) {
        this.uploadFileHandleId = uploadFileHandleId;
        return this;
    }

    public Long getLinesToSkip() {
        return linesToSkip;
    }

    public UploadToTablePreviewRequest setLinesToSkip(Long linesToSkip) {
        this.linesToSkip = linesToSkip;
        return this;
    }

    public CsvTableDescriptor getCsvTableDescriptor() {
        return csvTableDescriptor;
    }

    public UploadToTablePreviewRequest setCsvTableDescriptor(CsvTableDescriptor csvTableDescriptor) {
        this.csvTableDescriptor = csvTableDescriptor;
        return this;
    }

    public Boolean getDoFullFileScan() {
        return doFullFileScan;
    }

    public UploadToTablePreviewRequest setDoFullFileScan(Boolean doFullFileScan) {
        this.doFullFileScan = doFullFileScan;
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
        UploadToTablePreviewRequest that = (UploadToTablePreviewRequest) o;
        return Objects.equals(uploadFileHandleId, that.uploadFileHandleId)
                && Objects.equals(linesToSkip, that.linesToSkip)
                && Objects.equals(csvTableDescriptor, that.csvTableDescriptor)
                && Objects.equals(doFullFileScan, that.doFullFileScan);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uploadFileHandleId, linesToSkip, csvTableDescriptor, doFullFileScan);
    }

    @Override
    public String toString() {
        return "UploadToTablePreviewRequest{"
                + "uploadFileHandleId=" + uploadFileHandleId
                + ", linesToSkip=" + linesToSkip
                + ", csvTableDescriptor=" + csvTableDescriptor
                + ", doFullFileScan=" + doFullFileScan
                + '}';
    }
}

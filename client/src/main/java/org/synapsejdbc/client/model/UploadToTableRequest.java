package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.List;
import java.util.Objects;

/** A CSV table upload request. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(UploadToTableRequest.CONCRETE_TYPE)
public class UploadToTableRequest implements TableUpdateRequest {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.UploadToTableRequest";

    private String entityId;

    /** The ID of the table. */
    private String tableId;

    /** The ID of the file handle for a type of UPLOAD. */
    private String uploadFileHandleId;

    /** Any RowSet returned from Synapse will contain the current etag of the change set. */
    private String updateEtag;

    /** The number of lines to skip from the start of the file. */
    private Long linesToSkip;

    private CsvTableDescriptor csvTableDescriptor;

    /** Deprecated. */
    private List<String> columnIds;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    @Override
    public String getEntityId() {
        return entityId;
    }

    @Override
    public UploadToTableRequest setEntityId(String entityId) {
        this.entityId = entityId;
        return this;
    }

    public String getTableId() {
        return tableId;
    }

    public UploadToTableRequest setTableId(String tableId) {
        this.tableId = tableId;
        return this;
    }

    public String getUploadFileHandleId() {
        return uploadFileHandleId;
    }

    public UploadToTableRequest setUploadFileHandleId(String uploadFileHandleId) {
        this.uploadFileHandleId = uploadFileHandleId;
        return this;
    }

    public String getUpdateEtag() {
        return updateEtag;
    }

    public UploadToTableRequest setUpdateEtag(String updateEtag) {
        this.updateEtag = updateEtag;
        return this;
    }

    public Long getLinesToSkip() {
        return linesToSkip;
    }

    public UploadToTableRequest setLinesToSkip(Long linesToSkip) {
        this.linesToSkip = linesToSkip;
        return this;
    }

    public CsvTableDescriptor getCsvTableDescriptor() {
        return csvTableDescriptor;
    }

    public UploadToTableRequest setCsvTableDescriptor(CsvTableDescriptor csvTableDescriptor) {
        this.csvTableDescriptor = csvTableDescriptor;
        return this;
    }

    public List<String> getColumnIds() {
        return columnIds;
    }

    public UploadToTableRequest setColumnIds(List<String> columnIds) {
        this.columnIds = columnIds;
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
        UploadToTableRequest that = (UploadToTableRequest) o;
        return Objects.equals(entityId, that.entityId)
                && Objects.equals(tableId, that.tableId)
                && Objects.equals(uploadFileHandleId, that.uploadFileHandleId)
                && Objects.equals(updateEtag, that.updateEtag)
                && Objects.equals(linesToSkip, that.linesToSkip)
                && Objects.equals(csvTableDescriptor, that.csvTableDescriptor)
                && Objects.equals(columnIds, that.columnIds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entityId, tableId, uploadFileHandleId, updateEtag, linesToSkip,
                csvTableDescriptor, columnIds);
    }

    @Override
    public String toString() {
        return "UploadToTableRequest{"
                + "entityId=" + entityId
                + ", tableId=" + tableId
                + ", uploadFileHandleId=" + uploadFileHandleId
                + ", updateEtag=" + updateEtag
                + ", linesToSkip=" + linesToSkip
                + ", csvTableDescriptor=" + csvTableDescriptor
                + ", columnIds=" + columnIds
                + '}';
    }
}

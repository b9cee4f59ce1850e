package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.Objects;

/** The result of a CSV table upload job. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(UploadToTableResult.CONCRETE_TYPE)
public class UploadToTableResult implements TableUpdateResponse {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.UploadToTableResult";

    /** The number of rows that were read from the provided file and applied to the table. */
    private Long rowsProcessed;

    /** The new etag of the version applied to the table. */
    private String etag;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    public Long getRowsProcessed() {
        return rowsProcessed;
    }

    public UploadToTableResult setRowsProcessed(Long rowsProcessed) {
        this.rowsProcessed = rowsProcessed;
        return this;
    }

    public String getEtag() {
        return etag;
    }

    public UploadToTableResult setEtag(String etag) {
        this.etag = etag;
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
        UploadToTableResult that = (UploadToTableResult) o;
        return Objects.equals(rowsProcessed, that.rowsProcessed)
                && Objects.equals(etag, that.etag);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rowsProcessed, etag);
    }

    @Override
    public String toString() {
        return "UploadToTableResult{"
                + "rowsProcessed=" + rowsProcessed
                + ", etag=" + etag
                + '}';
    }
}

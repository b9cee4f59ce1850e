package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.List;
import java.util.Objects;

/** The response body of an asynchronous CSV table download job. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(DownloadFromTableResult.CONCRETE_TYPE)
public class DownloadFromTableResult implements AsynchronousResponseBody {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.DownloadFromTableResult";

    /** The resulting file handle ID can be used to download the CSV file created by this job. */
    private String resultsFileHandleId;

    /** The ID of the table identified in the from clause of the table query. */
    private String tableId;

    /** Any RowSet returned from Synapse will contain the current etag of the change set. */
    private String etag;

    /** The list of SelectColumns that describes the rows of this set. */
    private List<SelectColumn> headers;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    public String getResultsFileHandleId() {
        return resultsFileHandleId;
    }

    public DownloadFromTableResult setResultsFileHandleId(String resultsFileHandleId) {
        this.resultsFileHandleId = resultsFileHandleId;
        return this;
    }

    public String getTableId() {
        return tableId;
    }

    public DownloadFromTableResult setTableId(String tableId) {
        this.tableId = tableId;
        return this;
    }

    public String getEtag() {
        return etag;
    }

    public DownloadFromTableResult setEtag(String etag) {
        this.etag = etag;
        return this;
    }

    public List<SelectColumn> getHeaders() {
        return headers;
    }

    public DownloadFromTableResult setHeaders(List<SelectColumn> headers) {
        this.headers = headers;
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
        DownloadFromTableResult that = (DownloadFromTableResult) o;
        return Objects.equals(resultsFileHandleId, that.resultsFileHandleId)
                && Objects.equals(tableId, that.tableId)
                && Objects.equals(etag, that.etag)
                && Objects.equals(headers, that.headers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(resultsFileHandleId, tableId, etag, headers);
    }

    @Override
    public String toString() {
        return "DownloadFromTableResult{"
                + "resultsFileHandleId=" + resultsFileHandleId
                + ", tableId=" + tableId
                + ", etag=" + etag
                + ", headers=" + headers
                + '}';
    }
}

package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.List;
import java.util.Objects;

/** An AsynchronousResponseBody returned from a table update transaction. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(TableUpdateTransactionResponse.CONCRETE_TYPE)
public class TableUpdateTransactionResponse implements AsynchronousResponseBody {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.TableUpdateTransactionResponse";

    /** List of responses. There will be one response for each request in the transaction. */
    private List<TableUpdateResponse> results;

    /** The version number of the snapshot. */
    private Long snapshotVersionNumber;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    public List<TableUpdateResponse> getResults() {
        return results;
    }

    public TableUpdateTransactionResponse setResults(List<TableUpdateResponse> results) {
        this.results = results;
        return this;
    }

    public Long getSnapshotVersionNumber() {
        return snapshotVersionNumber;
    }

    public TableUpdateTransactionResponse setSnapshotVersionNumber(Long snapshotVersionNumber) {
        this.snapshotVersionNumber = snapshotVersionNumber;
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
        TableUpdateTransactionResponse that = (TableUpdateTransactionResponse) o;
        return Objects.equals(results, that.results)
                && Objects.equals(snapshotVersionNumber, that.snapshotVersionNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(results, snapshotVersionNumber);
    }

    @Override
    public String toString() {
        return "TableUpdateTransactionResponse{"
                + "results=" + results
                + ", snapshotVersionNumber=" + snapshotVersionNumber
                + '}';
    }
}

package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.Objects;

/** Response of an asynchronous that returns RowReferenceSet. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(RowReferenceSetResults.CONCRETE_TYPE)
public class RowReferenceSetResults implements TableUpdateResponse {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.RowReferenceSetResults";

    private RowReferenceSet rowReferenceSet;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    public RowReferenceSet getRowReferenceSet() {
        return rowReferenceSet;
    }

    public RowReferenceSetResults setRowReferenceSet(RowReferenceSet rowReferenceSet) {
        this.rowReferenceSet = rowReferenceSet;
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
        RowReferenceSetResults that = (RowReferenceSetResults) o;
        return Objects.equals(rowReferenceSet, that.rowReferenceSet);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rowReferenceSet);
    }

    @Override
    public String toString() {
        return "RowReferenceSetResults{"
                + "rowReferenceSet=" + rowReferenceSet
                + '}';
    }
}

package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.Objects;

/** A response to a table search change request. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(TableSearchChangeResponse.CONCRETE_TYPE)
public class TableSearchChangeResponse implements TableUpdateResponse {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.TableSearchChangeResponse";

    /** The resulting status of the search after the change. */
    private Boolean searchEnabled;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    public Boolean getSearchEnabled() {
        return searchEnabled;
    }

    public TableSearchChangeResponse setSearchEnabled(Boolean searchEnabled) {
        this.searchEnabled = searchEnabled;
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
        TableSearchChangeResponse that = (TableSearchChangeResponse) o;
        return Objects.equals(searchEnabled, that.searchEnabled);
    }

    @Override
    public int hashCode() {
        return Objects.hash(searchEnabled);
    }

    @Override
    public String toString() {
        return "TableSearchChangeResponse{"
                + "searchEnabled=" + searchEnabled
                + '}';
    }
}

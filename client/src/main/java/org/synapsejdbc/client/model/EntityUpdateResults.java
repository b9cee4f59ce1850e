package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.List;
import java.util.Objects;

/** A list of EntityUpdateResults. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(EntityUpdateResults.CONCRETE_TYPE)
public class EntityUpdateResults implements TableUpdateResponse {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.EntityUpdateResults";

    /** List of Results. */
    private List<EntityUpdateResult> updateResults;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    public List<EntityUpdateResult> getUpdateResults() {
        return updateResults;
    }

    public EntityUpdateResults setUpdateResults(List<EntityUpdateResult> updateResults) {
        this.updateResults = updateResults;
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
        EntityUpdateResults that = (EntityUpdateResults) o;
        return Objects.equals(updateResults, that.updateResults);
    }

    @Override
    public int hashCode() {
        return Objects.hash(updateResults);
    }

    @Override
    public String toString() {
        return "EntityUpdateResults{"
                + "updateResults=" + updateResults
                + '}';
    }
}

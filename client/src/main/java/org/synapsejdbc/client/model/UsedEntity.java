package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.Objects;

/** A provenance input that is a Synapse entity, optionally one of its versions. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(UsedEntity.CONCRETE_TYPE)
public class UsedEntity implements Used {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.provenance.UsedEntity";

    /** The enclosed entity was used and also executed in the Activity. */
    private Boolean wasExecuted;

    /** The Synapse entity used. */
    private Reference reference;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    @Override
    public Boolean getWasExecuted() {
        return wasExecuted;
    }

    @Override
    public UsedEntity setWasExecuted(Boolean wasExecuted) {
        this.wasExecuted = wasExecuted;
        return this;
    }

    public Reference getReference() {
        return reference;
    }

    public UsedEntity setReference(Reference reference) {
        this.reference = reference;
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
        UsedEntity that = (UsedEntity) o;
        return Objects.equals(wasExecuted, that.wasExecuted)
                && Objects.equals(reference, that.reference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(wasExecuted, reference);
    }

    @Override
    public String toString() {
        return "UsedEntity{"
                + "wasExecuted=" + wasExecuted
                + ", reference=" + reference
                + '}';
    }
}

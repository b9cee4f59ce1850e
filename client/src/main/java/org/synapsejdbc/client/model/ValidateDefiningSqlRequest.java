package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/** The request body for validateDefiningSql. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ValidateDefiningSqlRequest {
    /** The Synapse SQL statement that defines the data in the table. */
    private String definingSql;

    /** Which type of Entity is this definingSQL for. */
    private DefiningSqlEntityType entityType;

    public String getDefiningSql() {
        return definingSql;
    }

    public ValidateDefiningSqlRequest setDefiningSql(String definingSql) {
        this.definingSql = definingSql;
        return this;
    }

    public DefiningSqlEntityType getEntityType() {
        return entityType;
    }

    public ValidateDefiningSqlRequest setEntityType(DefiningSqlEntityType entityType) {
        this.entityType = entityType;
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
        ValidateDefiningSqlRequest that = (ValidateDefiningSqlRequest) o;
        return Objects.equals(definingSql, that.definingSql)
                && Objects.equals(entityType, that.entityType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(definingSql, entityType);
    }

    @Override
    public String toString() {
        return "ValidateDefiningSqlRequest{"
                + "definingSql=" + definingSql
                + ", entityType=" + entityType
                + '}';
    }
}

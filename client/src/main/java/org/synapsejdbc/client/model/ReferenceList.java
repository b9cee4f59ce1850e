package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/** An array of Reference objects. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ReferenceList {
    /** The list of references. */
    private List<Reference> references;

    public List<Reference> getReferences() {
        return references;
    }

    public ReferenceList setReferences(List<Reference> references) {
        this.references = references;
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
        ReferenceList that = (ReferenceList) o;
        return Objects.equals(references, that.references);
    }

    @Override
    public int hashCode() {
        return Objects.hash(references);
    }

    @Override
    public String toString() {
        return "ReferenceList{"
                + "references=" + references
                + '}';
    }
}

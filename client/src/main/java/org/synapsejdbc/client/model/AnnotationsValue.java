package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/** Contains a AnnotationV2's value and its type. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class AnnotationsValue {
    /** Type of value. */
    private AnnotationsValueType type;

    /** List of values as strings. */
    private List<String> value;

    public AnnotationsValueType getType() {
        return type;
    }

    public AnnotationsValue setType(AnnotationsValueType type) {
        this.type = type;
        return this;
    }

    public List<String> getValue() {
        return value;
    }

    public AnnotationsValue setValue(List<String> value) {
        this.value = value;
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
        AnnotationsValue that = (AnnotationsValue) o;
        return Objects.equals(type, that.type)
                && Objects.equals(value, that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(type, value);
    }

    @Override
    public String toString() {
        return "AnnotationsValue{"
                + "type=" + type
                + ", value=" + value
                + '}';
    }
}

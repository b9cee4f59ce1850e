package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/**
 * Synapse's generic list body, {@code {"concreteType": "<element class>", "list": [...]}} (no schema file).
 *
 * <p>The {@code concreteType} names the Synapse class of the elements (e.g.
 * {@code org.sagebionetworks.repo.model.table.ColumnModel} for {@code POST /column/batch}); responses may omit it.
 * Read it with a {@code TypeReference}, e.g. {@code new TypeReference<ListWrapper<ColumnModel>>() {}}.
 *
 * @param <T> the element type
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ListWrapper<T> {
    /** The Synapse class name of the elements. */
    private String concreteType;

    /** The elements. */
    private List<T> list;

    /** A wrapper whose {@code concreteType} is the Synapse name of the given model class. */
    public static <T> ListWrapper<T> of(Class<T> elementType, List<T> list) {
        return new ListWrapper<T>().setConcreteType(ModelTypes.schemaName(elementType)).setList(list);
    }

    public String getConcreteType() {
        return concreteType;
    }

    public ListWrapper<T> setConcreteType(String concreteType) {
        this.concreteType = concreteType;
        return this;
    }

    public List<T> getList() {
        return list;
    }

    public ListWrapper<T> setList(List<T> list) {
        this.list = list;
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
        ListWrapper<?> that = (ListWrapper<?>) o;
        return Objects.equals(concreteType, that.concreteType) && Objects.equals(list, that.list);
    }

    @Override
    public int hashCode() {
        return Objects.hash(concreteType, list);
    }

    @Override
    public String toString() {
        return "ListWrapper{concreteType=" + concreteType + ", list=" + list + '}';
    }
}

package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/** A list of entity IDs. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class EntityIdList {
    /** A list of entity IDs. */
    private List<String> idList;

    public List<String> getIdList() {
        return idList;
    }

    public EntityIdList setIdList(List<String> idList) {
        this.idList = idList;
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
        EntityIdList that = (EntityIdList) o;
        return Objects.equals(idList, that.idList);
    }

    @Override
    public int hashCode() {
        return Objects.hash(idList);
    }

    @Override
    public String toString() {
        return "EntityIdList{"
                + "idList=" + idList
                + '}';
    }
}

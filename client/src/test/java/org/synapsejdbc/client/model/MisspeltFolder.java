package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/** A deliberately broken Folder model that the conformance checker must reject. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
class MisspeltFolder {
    private String name;
    private String parentID;
    private Long createdOn;

    @Override
    public boolean equals(Object o) {
        return o instanceof MisspeltFolder that && Objects.equals(name, that.name)
                && Objects.equals(parentID, that.parentID) && Objects.equals(createdOn, that.createdOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, parentID, createdOn);
    }
}

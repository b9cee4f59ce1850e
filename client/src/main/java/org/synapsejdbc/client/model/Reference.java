package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/** A reference to an entity, optionally to one of its versions. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class Reference {
    /** The the id of the entity to which this reference refers. */
    private String targetId;

    /** The version number of the entity to which this reference refers. */
    private Long targetVersionNumber;

    public String getTargetId() {
        return targetId;
    }

    public Reference setTargetId(String targetId) {
        this.targetId = targetId;
        return this;
    }

    public Long getTargetVersionNumber() {
        return targetVersionNumber;
    }

    public Reference setTargetVersionNumber(Long targetVersionNumber) {
        this.targetVersionNumber = targetVersionNumber;
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
        Reference that = (Reference) o;
        return Objects.equals(targetId, that.targetId)
                && Objects.equals(targetVersionNumber, that.targetVersionNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(targetId, targetVersionNumber);
    }

    @Override
    public String toString() {
        return "Reference{"
                + "targetId=" + targetId
                + ", targetVersionNumber=" + targetVersionNumber
                + '}';
    }
}

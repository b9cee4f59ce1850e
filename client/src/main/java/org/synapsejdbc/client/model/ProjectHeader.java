package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.time.Instant;
import java.util.Objects;

/** A short summary of a project in a project listing. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ProjectHeader {
    /** The name of the project. */
    private String name;

    /** The id of the project. */
    private String id;

    /** The optional last recorded activity for this project and the current user. */
    private Instant lastActivity;

    /** The date this project was last modified. */
    private Instant modifiedOn;

    /** The ID of the user that last modified this project. */
    private Long modifiedBy;

    public String getName() {
        return name;
    }

    public ProjectHeader setName(String name) {
        this.name = name;
        return this;
    }

    public String getId() {
        return id;
    }

    public ProjectHeader setId(String id) {
        this.id = id;
        return this;
    }

    public Instant getLastActivity() {
        return lastActivity;
    }

    public ProjectHeader setLastActivity(Instant lastActivity) {
        this.lastActivity = lastActivity;
        return this;
    }

    public Instant getModifiedOn() {
        return modifiedOn;
    }

    public ProjectHeader setModifiedOn(Instant modifiedOn) {
        this.modifiedOn = modifiedOn;
        return this;
    }

    public Long getModifiedBy() {
        return modifiedBy;
    }

    public ProjectHeader setModifiedBy(Long modifiedBy) {
        this.modifiedBy = modifiedBy;
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
        ProjectHeader that = (ProjectHeader) o;
        return Objects.equals(name, that.name)
                && Objects.equals(id, that.id)
                && Objects.equals(lastActivity, that.lastActivity)
                && Objects.equals(modifiedOn, that.modifiedOn)
                && Objects.equals(modifiedBy, that.modifiedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, id, lastActivity, modifiedOn, modifiedBy);
    }

    @Override
    public String toString() {
        return "ProjectHeader{"
                + "name=" + name
                + ", id=" + id
                + ", lastActivity=" + lastActivity
                + ", modifiedOn=" + modifiedOn
                + ", modifiedBy=" + modifiedBy
                + '}';
    }
}

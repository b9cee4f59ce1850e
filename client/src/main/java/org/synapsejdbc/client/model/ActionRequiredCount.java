package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/** Represents a single action that the user will need to take in order to download one or more files. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ActionRequiredCount {
    /** The action the user will need to take in order to download the files. */
    private Action action;

    /** The number of files that require this action. */
    private Long count;

    public Action getAction() {
        return action;
    }

    public ActionRequiredCount setAction(Action action) {
        this.action = action;
        return this;
    }

    public Long getCount() {
        return count;
    }

    public ActionRequiredCount setCount(Long count) {
        this.count = count;
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
        ActionRequiredCount that = (ActionRequiredCount) o;
        return Objects.equals(action, that.action)
                && Objects.equals(count, that.count);
    }

    @Override
    public int hashCode() {
        return Objects.hash(action, count);
    }

    @Override
    public String toString() {
        return "ActionRequiredCount{"
                + "action=" + action
                + ", count=" + count
                + '}';
    }
}

package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/** List of parent IDs that define a view scope. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ViewScope implements HasViewTypeMask {
    /** Bit mask representing the types to include in the view. */
    private Long viewTypeMask;

    /** List of parent IDs that define a view scope. */
    private List<String> scope;

    /** The entity type of the view, if not supplied defaults to entityview. */
    private ViewEntityType viewEntityType;

    /** Deprecated. Use: 'viewTypeMask'. */
    private ViewType viewType;

    @Override
    public Long getViewTypeMask() {
        return viewTypeMask;
    }

    @Override
    public ViewScope setViewTypeMask(Long viewTypeMask) {
        this.viewTypeMask = viewTypeMask;
        return this;
    }

    public List<String> getScope() {
        return scope;
    }

    public ViewScope setScope(List<String> scope) {
        this.scope = scope;
        return this;
    }

    public ViewEntityType getViewEntityType() {
        return viewEntityType;
    }

    public ViewScope setViewEntityType(ViewEntityType viewEntityType) {
        this.viewEntityType = viewEntityType;
        return this;
    }

    public ViewType getViewType() {
        return viewType;
    }

    public ViewScope setViewType(ViewType viewType) {
        this.viewType = viewType;
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
        ViewScope that = (ViewScope) o;
        return Objects.equals(viewTypeMask, that.viewTypeMask)
                && Objects.equals(scope, that.scope)
                && Objects.equals(viewEntityType, that.viewEntityType)
                && Objects.equals(viewType, that.viewType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(viewTypeMask, scope, viewEntityType, viewType);
    }

    @Override
    public String toString() {
        return "ViewScope{"
                + "viewTypeMask=" + viewTypeMask
                + ", scope=" + scope
                + ", viewEntityType=" + viewEntityType
                + ", viewType=" + viewType
                + '}';
    }
}

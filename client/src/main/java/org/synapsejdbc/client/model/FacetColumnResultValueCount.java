package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/** A pair containing the value of a column and the number of times that value appears. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class FacetColumnResultValueCount {
    /** The value that is in a column. */
    private String value;

    /** The number of times the value appears in the column. */
    private Long count;

    /** Whether this facet was selected by the user. */
    private Boolean isSelected;

    public String getValue() {
        return value;
    }

    public FacetColumnResultValueCount setValue(String value) {
        this.value = value;
        return this;
    }

    public Long getCount() {
        return count;
    }

    public FacetColumnResultValueCount setCount(Long count) {
        this.count = count;
        return this;
    }

    public Boolean getIsSelected() {
        return isSelected;
    }

    public FacetColumnResultValueCount setIsSelected(Boolean isSelected) {
        this.isSelected = isSelected;
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
        FacetColumnResultValueCount that = (FacetColumnResultValueCount) o;
        return Objects.equals(value, that.value)
                && Objects.equals(count, that.count)
                && Objects.equals(isSelected, that.isSelected);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, count, isSelected);
    }

    @Override
    public String toString() {
        return "FacetColumnResultValueCount{"
                + "value=" + value
                + ", count=" + count
                + ", isSelected=" + isSelected
                + '}';
    }
}

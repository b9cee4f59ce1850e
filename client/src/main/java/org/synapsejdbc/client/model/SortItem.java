package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/** A column and direction to sort a table query by. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class SortItem {
    /** The column to sort on. */
    private String column;

    /** Optional sort direction. */
    private SortDirection direction;

    public String getColumn() {
        return column;
    }

    public SortItem setColumn(String column) {
        this.column = column;
        return this;
    }

    public SortDirection getDirection() {
        return direction;
    }

    public SortItem setDirection(SortDirection direction) {
        this.direction = direction;
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
        SortItem that = (SortItem) o;
        return Objects.equals(column, that.column)
                && Objects.equals(direction, that.direction);
    }

    @Override
    public int hashCode() {
        return Objects.hash(column, direction);
    }

    @Override
    public String toString() {
        return "SortItem{"
                + "column=" + column
                + ", direction=" + direction
                + '}';
    }
}

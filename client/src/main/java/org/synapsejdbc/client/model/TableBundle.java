package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/** Metadata about a TableEntity that can be included in an EntityBundle. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class TableBundle {
    /** The list of ColumnModels currently used by this table. */
    private List<ColumnModel> columnModels;

    /** The maximum number of rows that can be requested or posted for this table in a single call. */
    private Long maxRowsPerPage;

    public List<ColumnModel> getColumnModels() {
        return columnModels;
    }

    public TableBundle setColumnModels(List<ColumnModel> columnModels) {
        this.columnModels = columnModels;
        return this;
    }

    public Long getMaxRowsPerPage() {
        return maxRowsPerPage;
    }

    public TableBundle setMaxRowsPerPage(Long maxRowsPerPage) {
        this.maxRowsPerPage = maxRowsPerPage;
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
        TableBundle that = (TableBundle) o;
        return Objects.equals(columnModels, that.columnModels)
                && Objects.equals(maxRowsPerPage, that.maxRowsPerPage);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columnModels, maxRowsPerPage);
    }

    @Override
    public String toString() {
        return "TableBundle{"
                + "columnModels=" + columnModels
                + ", maxRowsPerPage=" + maxRowsPerPage
                + '}';
    }
}

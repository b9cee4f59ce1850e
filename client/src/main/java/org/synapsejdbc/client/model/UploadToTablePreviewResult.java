package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.List;
import java.util.Objects;

/** Resulting preview of a CSV upload to a Table. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(UploadToTablePreviewResult.CONCRETE_TYPE)
public class UploadToTablePreviewResult implements AsynchronousResponseBody {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.table.UploadToTablePreviewResult";

    /** The list of ColumnModels that are compatible with the CSV file. */
    private List<ColumnModel> suggestedColumns;

    /** A sampling of the first few rows from the CSV as they would be applied with the provided parameters. */
    private List<Row> sampleRows;

    /** The total number of rows scanned to generate the preview. */
    private Long rowsScanned;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    public List<ColumnModel> getSuggestedColumns() {
        return suggestedColumns;
    }

    public UploadToTablePreviewResult setSuggestedColumns(List<ColumnModel> suggestedColumns) {
        this.suggestedColumns = suggestedColumns;
        return this;
    }

    public List<Row> getSampleRows() {
        return sampleRows;
    }

    public UploadToTablePreviewResult setSampleRows(List<Row> sampleRows) {
        this.sampleRows = sampleRows;
        return this;
    }

    public Long getRowsScanned() {
        return rowsScanned;
    }

    public UploadToTablePreviewResult setRowsScanned(Long rowsScanned) {
        this.rowsScanned = rowsScanned;
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
        UploadToTablePreviewResult that = (UploadToTablePreviewResult) o;
        return Objects.equals(suggestedColumns, that.suggestedColumns)
                && Objects.equals(sampleRows, that.sampleRows)
                && Objects.equals(rowsScanned, that.rowsScanned);
    }

    @Override
    public int hashCode() {
        return Objects.hash(suggestedColumns, sampleRows, rowsScanned);
    }

    @Override
    public String toString() {
        return "UploadToTablePreviewResult{"
                + "suggestedColumns=" + suggestedColumns
                + ", sampleRows=" + sampleRows
                + ", rowsScanned=" + rowsScanned
                + '}';
    }
}

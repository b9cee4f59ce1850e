package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;

import java.util.Map;
import java.util.Objects;

/** Represents a single partial row of a TableEntity. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class PartialRow implements HasEtag {
    /** The current etag of this object. */
    private String etag;

    /** The immutable ID of a row. */
    private Long rowId;

    /**
     * The values for columns of this row as a map. Written as {@code [{"key":..,"value":..}]}; {@code null} (always
     * written) deletes the row, an empty map changes nothing.
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonSerialize(using = TupleArrayMap.Serializer.class)
    @JsonDeserialize(using = TupleArrayMap.Deserializer.class)
    private Map<String, String> values;

    @Override
    public String getEtag() {
        return etag;
    }

    @Override
    public PartialRow setEtag(String etag) {
        this.etag = etag;
        return this;
    }

    public Long getRowId() {
        return rowId;
    }

    public PartialRow setRowId(Long rowId) {
        this.rowId = rowId;
        return this;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public PartialRow setValues(Map<String, String> values) {
        this.values = values;
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
        PartialRow that = (PartialRow) o;
        return Objects.equals(etag, that.etag)
                && Objects.equals(rowId, that.rowId)
                && Objects.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(etag, rowId, values);
    }

    @Override
    public String toString() {
        return "PartialRow{"
                + "etag=" + etag
                + ", rowId=" + rowId
                + ", values=" + values
                + '}';
    }
}

package org.synapsejdbc.local.sql.h2;

import org.synapsejdbc.client.model.ColumnType;

/**
 * How one select item comes back from H2: its Synapse type, and whether it is a bare DOUBLE column read as
 * two H2 columns (value, then the NaN/Infinity marker).
 *
 * @param type       the header type (may be null)
 * @param withMarker true for a bare DOUBLE schema column
 */
public record OutputColumn(ColumnType type, boolean withMarker) {

    /** H2 result columns this item occupies. */
    public int width() {
        return withMarker ? 2 : 1;
    }
}

package org.synapsejdbc.local.sql.h2;

import java.util.List;

/**
 * A Synapse cell converted for storage.
 *
 * @param value    the value column's value (null for NULL, NaN and empty lists)
 * @param marker   the DOUBLE marker ({@code NaN}, {@code Infinity}, {@code -Infinity}) or null
 * @param elements list elements for the side table (empty for scalars)
 */
public record CellValue(Object value, String marker, List<Object> elements) {

    static final CellValue NULL = new CellValue(null, null, List.of());
}

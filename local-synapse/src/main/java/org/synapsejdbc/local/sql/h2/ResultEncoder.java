package org.synapsejdbc.local.sql.h2;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.synapsejdbc.client.model.ColumnType;

/**
 * Encodes H2 result values as Synapse wire values: strings or null; {@code NaN}/{@code Infinity}/{@code -Infinity}
 * from the DOUBLE marker; ENTITYID as {@code syn<n>}; booleans {@code true}/{@code false}; DATE epoch ms;
 * lists and JSON as their stored JSON text; MySQL-style text for date/time function results.
 */
public final class ResultEncoder {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private ResultEncoder() {
    }

    /** The values of the current row, starting after the metadata columns. */
    public static List<String> values(ResultSet rs, H2Query query) throws SQLException {
        List<String> out = new ArrayList<>(query.outputs().size());
        int index = query.rowMetadata() + 1;
        for (OutputColumn c : query.outputs()) {
            if (c.withMarker()) {
                String marker = rs.getString(index + 1);
                Object v = rs.getObject(index);
                out.add(marker != null ? marker : encode(v, ColumnType.DOUBLE));
            } else {
                out.add(encode(rs.getObject(index), c.type()));
            }
            index += c.width();
        }
        return out;
    }

    /** One value by the header type. */
    public static String encode(Object v, ColumnType type) {
        if (v == null) {
            return null;
        }
        if (v instanceof Boolean b) {
            return b.toString();
        }
        if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte || v instanceof BigInteger) {
            if (type == ColumnType.ENTITYID) {
                return "syn" + v;
            }
            if (type == ColumnType.BOOLEAN) {
                return ((Number) v).longValue() != 0 ? "true" : "false";
            }
            return v.toString();
        }
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            if (type != null && type != ColumnType.DOUBLE && d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return Double.toString(d);
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof LocalDateTime t) {
            String s = t.format(DATE_TIME);
            return t.getNano() == 0 ? s : s + "." + String.format("%06d", t.getNano() / 1000).replaceAll("0+$", "");
        }
        if (v instanceof OffsetDateTime t) {
            return encode(t.toLocalDateTime(), type);
        }
        if (v instanceof java.sql.Timestamp t) {
            return encode(t.toLocalDateTime(), type);
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        if (v instanceof LocalTime t) {
            return t.withNano(0).toString().length() == 5 ? t.withNano(0) + ":00" : t.withNano(0).toString();
        }
        if (v instanceof byte[] bytes) {
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        return v.toString();
    }
}

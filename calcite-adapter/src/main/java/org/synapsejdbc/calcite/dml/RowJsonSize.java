package org.synapsejdbc.calcite.dml;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.synapsejdbc.client.model.PartialRow;
import org.synapsejdbc.client.model.SynapseJson;

/**
 * The exact number of bytes a {@link PartialRow} takes in a request body as {@code SynapseJson} writes it, counted
 * from its strings instead of serialising it (the body itself is serialised once, when it is sent). Strings with
 * control characters or surrogates, whose escaping is Jackson's business, are measured by serialising the row.
 */
final class RowJsonSize {
    /** Fixed parts: braces, field names with their quotes and colons, the quotes around strings. */
    private static final int OBJECT = 2;
    private static final int VALUES_FIELD = "\"values\":".length();
    private static final int ETAG_FIELD = "\"etag\":".length() + 2;
    private static final int ROW_ID_FIELD = "\"rowId\":".length();
    private static final int NULL = 4;
    private static final int ENTRY = "{\"key\":,\"value\":}".length() + 4;

    private RowJsonSize() {
    }

    static long of(PartialRow row) {
        long size = OBJECT + VALUES_FIELD;
        int fields = 1;
        if (row.getEtag() != null) {
            long etag = text(row.getEtag());
            if (etag < 0) {
                return serialised(row);
            }
            size += ETAG_FIELD + etag;
            fields++;
        }
        if (row.getRowId() != null) {
            size += ROW_ID_FIELD + Long.toString(row.getRowId()).length();
            fields++;
        }
        size += fields - 1;
        Map<String, String> values = row.getValues();
        if (values == null) {
            return size + NULL;
        }
        size += 2 + Math.max(0, values.size() - 1);
        for (Map.Entry<String, String> e : values.entrySet()) {
            long key = text(e.getKey());
            long value = e.getValue() == null ? NULL - 2 : text(e.getValue());
            if (key < 0 || value < 0) {
                return serialised(row);
            }
            size += ENTRY + key + value;
        }
        return size;
    }

    /** UTF-8 bytes of {@code s} inside its quotes, or -1 when Jackson's escaping must decide. */
    private static long text(String s) {
        long bytes = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || Character.isSurrogate(c)) {
                return -1;
            }
            if (c == '"' || c == '\\') {
                bytes += 2;
            } else if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static long serialised(PartialRow row) {
        try {
            return SynapseJson.mapper().writeValueAsBytes(row).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode a row", e);
        }
    }
}

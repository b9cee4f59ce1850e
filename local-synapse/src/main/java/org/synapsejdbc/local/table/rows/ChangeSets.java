package org.synapsejdbc.local.table.rows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.PartialRow;
import org.synapsejdbc.client.model.PartialRowSet;
import org.synapsejdbc.client.model.Row;
import org.synapsejdbc.client.model.RowSet;
import org.synapsejdbc.client.model.SelectColumn;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.sql.check.ColumnTypes;

/** Converts the wire forms of a change set into {@link RowChange}s, with Synapse's size limit. */
public final class ChangeSets {

    public static final long MAX_BYTES = 2_097_152;

    private ChangeSets() {
    }

    static ApiException tooLarge() {
        return ApiException.badRequest("Request exceeds the maximum number of bytes per request.  Maximum : "
                + MAX_BYTES + " bytes");
    }

    /** PartialRowSet: sized by the characters actually sent. */
    public static List<RowChange> fromPartial(PartialRowSet set) {
        List<RowChange> out = new ArrayList<>();
        long chars = 0;
        for (PartialRow r : set.getRows() == null ? List.<PartialRow>of() : set.getRows()) {
            Map<String, String> values = r.getValues() == null ? null : new LinkedHashMap<>(r.getValues());
            if (r.getRowId() == null && values == null) {
                values = new LinkedHashMap<>();
            }
            if (values != null) {
                for (Map.Entry<String, String> e : values.entrySet()) {
                    chars += e.getKey().length() + (e.getValue() == null ? 0 : e.getValue().length());
                }
            }
            out.add(new RowChange(r.getRowId(), null, values, r.getEtag()));
        }
        if (chars > MAX_BYTES) {
            throw tooLarge();
        }
        return out;
    }

    /** RowSet: full rows aligned with the headers, sized by the declared widths of the header columns. */
    public static List<RowChange> fromRowSet(RowSet set, List<ColumnModel> schema) {
        List<SelectColumn> headers = set.getHeaders() == null ? List.of() : set.getHeaders();
        long width = 0;
        for (SelectColumn h : headers) {
            for (ColumnModel m : schema) {
                if (m.getId().equals(h.getId())) {
                    width += ColumnTypes.width(m);
                }
            }
        }
        List<Row> rows = set.getRows() == null ? List.of() : set.getRows();
        if (width * rows.size() > MAX_BYTES) {
            throw tooLarge();
        }
        List<RowChange> out = new ArrayList<>();
        for (Row r : rows) {
            List<String> values = r.getValues();
            if (r.getRowId() != null && (values == null || values.isEmpty())) {
                out.add(new RowChange(r.getRowId(), r.getVersionNumber(), null, r.getEtag()));
                continue;
            }
            if (values == null || values.size() != headers.size()) {
                throw ApiException.badRequest("Row.values.size() does not match the number of headers: "
                        + headers.size());
            }
            Map<String, String> byId = new LinkedHashMap<>();
            for (int i = 0; i < headers.size(); i++) {
                String id = headers.get(i).getId();
                if (id != null) {
                    byId.put(id, values.get(i));
                }
            }
            out.add(new RowChange(r.getRowId(), r.getVersionNumber(), byId, r.getEtag()));
        }
        return out;
    }

    /** Row deletions by id. */
    public static List<RowChange> deletions(List<Long> rowIds) {
        List<RowChange> out = new ArrayList<>();
        for (Long id : rowIds == null ? List.<Long>of() : rowIds) {
            out.add(new RowChange(id, null, null));
        }
        return out;
    }
}

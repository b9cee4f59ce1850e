package org.synapsejdbc.client.table;

import java.util.List;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.SelectColumn;

/**
 * One decoded page of a table query: its rows plus whichever bundle parts were requested (headers, count,
 * maxRowsPerPage, schema); parts not requested are null.
 */
public record QueryPage(String tableId, String etag, List<SelectColumn> headers, List<QueryRow> rows,
    Long queryCount, Long maxRowsPerPage, List<SelectColumn> selectColumns, List<ColumnModel> columnModels,
    Long lastUpdatedOn) {}

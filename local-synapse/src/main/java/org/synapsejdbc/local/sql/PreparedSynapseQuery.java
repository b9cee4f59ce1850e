package org.synapsejdbc.local.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.synapsejdbc.client.model.SelectColumn;
import org.synapsejdbc.local.sql.ast.QuerySpec;
import org.synapsejdbc.local.sql.h2.H2Query;
import org.synapsejdbc.local.sql.h2.QueryTranslator;
import org.synapsejdbc.local.sql.h2.ResultEncoder;
import org.synapsejdbc.local.sql.h2.SqlErrors;
import org.synapsejdbc.local.sql.render.SqlRenderer;

/**
 * A checked query ready to run against the table-index database: its headers, page size, combined SQL, and
 * page/count execution that streams rows to a {@link RowSink} (one page at most is read at a time).
 */
public final class PreparedSynapseQuery {

    private final QueryRequest request;
    private final QuerySpec query;
    private final QuerySpec combined;
    private final List<SelectColumn> selectColumns;
    private final boolean aggregated;
    private final long maxRowsPerPage;
    private final long offset;
    private final Long limit;
    private final QueryTranslator translator;

    PreparedSynapseQuery(QueryRequest request, QuerySpec query, QuerySpec combined, List<SelectColumn> selectColumns,
                         boolean aggregated, long maxRowsPerPage, long offset, Long limit, QueryTranslator translator) {
        this.request = request;
        this.query = query;
        this.combined = combined;
        this.selectColumns = selectColumns;
        this.aggregated = aggregated;
        this.maxRowsPerPage = maxRowsPerPage;
        this.offset = offset;
        this.limit = limit;
        this.translator = translator;
    }

    /** The result headers ({@code selectColumns}, also {@code RowSet.headers}). */
    public List<SelectColumn> selectColumns() {
        return selectColumns;
    }

    /** True for aggregated queries (rows carry no rowId/versionNumber). */
    public boolean aggregated() {
        return aggregated;
    }

    /** {@code maxRowsPerPage}: 2 MiB divided by the declared width of the selected columns. */
    public long maxRowsPerPage() {
        return maxRowsPerPage;
    }

    /** {@code combinedSql}: the canonical SQL after filters, sort and paging were merged in. */
    public String combinedSql() {
        return SqlRenderer.canonical().render(combined);
    }

    /** The page's H2 query (exposed for diagnostics and tests). */
    public H2Query pageQuery() {
        long pageLimit = limit == null ? maxRowsPerPage : Math.min(limit, maxRowsPerPage);
        return translator.pageQuery(offset, pageLimit, request.includeRowEtag());
    }

    /**
     * Runs the page Synapse returns for this request (capped at {@code maxRowsPerPage}) and streams its rows.
     * The returned next offset is set when the page was full, as Synapse then sets a {@code nextPageToken}.
     */
    public PageResult executePage(Connection conn, RowSink sink) {
        if (selectColumns.isEmpty()) {
            // A table without columns answers with an empty result, not an error.
            return new PageResult(0, null);
        }
        H2Query q = pageQuery();
        long rows = run(conn, q, sink);
        long requestOffset = request.offset() == null ? 0 : request.offset();
        return new PageResult(rows, rows == maxRowsPerPage ? requestOffset + maxRowsPerPage : null);
    }

    /** Runs the query without the page cap (CSV download: the whole result, streamed). */
    public long executeAll(Connection conn, RowSink sink) {
        if (selectColumns.isEmpty()) {
            return 0;
        }
        return run(conn, translator.pageQuery(offset, limit, request.includeRowEtag()), sink);
    }

    private long run(Connection conn, H2Query q, RowSink sink) {
        try (PreparedStatement ps = prepare(conn, q)) {
            ps.setFetchSize(1000);
            long rows = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Long rowId = q.rowMetadata() > 0 ? rs.getLong(1) : null;
                    Long version = q.rowMetadata() > 0 ? rs.getLong(2) : null;
                    String etag = q.rowMetadata() > 2 ? rs.getString(3) : null;
                    sink.row(rowId, version, etag, ResultEncoder.values(rs, q));
                    rows++;
                }
            }
            return rows;
        } catch (SQLException e) {
            throw SqlErrors.translate(e, request.schema());
        }
    }

    /**
     * {@code queryCount}: COUNT(*) of a plain query, distinct groups of a GROUP BY, distinct rows of SELECT
     * DISTINCT, 1 for other aggregates; then the SQL's own OFFSET and LIMIT are applied to the number.
     */
    public long count(Connection conn) {
        H2Query q = translator.countQuery();
        long count = 1;
        if (q != null) {
            try (PreparedStatement ps = prepare(conn, q); ResultSet rs = ps.executeQuery()) {
                rs.next();
                count = rs.getLong(1);
            } catch (SQLException e) {
                throw SqlErrors.translate(e, request.schema());
            }
        }
        if (query.offset() != null) {
            count = Math.max(0, count - query.offset());
        }
        if (query.limit() != null) {
            count = Math.min(count, query.limit());
        }
        return count;
    }

    private static PreparedStatement prepare(Connection conn, H2Query q) throws SQLException {
        PreparedStatement ps = conn.prepareStatement(q.sql());
        for (int i = 0; i < q.binds().size(); i++) {
            ps.setObject(i + 1, q.binds().get(i));
        }
        return ps;
    }
}

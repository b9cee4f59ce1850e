package org.synapsejdbc.local.sql;

import java.util.List;
import org.synapsejdbc.local.sql.ast.QuerySpec;
import org.synapsejdbc.local.sql.ast.SelectItem;
import org.synapsejdbc.local.sql.check.AggregateDetector;
import org.synapsejdbc.local.sql.check.CastTypes;
import org.synapsejdbc.local.sql.check.ColumnResolver;
import org.synapsejdbc.local.sql.check.QueryComposer;
import org.synapsejdbc.local.sql.check.SelectHeaders;
import org.synapsejdbc.local.sql.check.SemanticChecker;
import org.synapsejdbc.local.sql.check.TableSchema;
import org.synapsejdbc.local.sql.check.TypeInference;
import org.synapsejdbc.local.sql.h2.QueryTranslator;
import org.synapsejdbc.local.sql.parse.QueryParser;
import org.synapsejdbc.local.sql.parse.SqlParseException;

/**
 * The Synapse SQL engine's entry point. {@link #parseAtStart} does what Synapse does synchronously on the
 * start POST (prefix parse, single table, entity-id table name); {@link #prepare} does what the job does
 * (full parse, filters/sort/paging merge, semantic checks, headers, translation to H2).
 */
public final class SqlEngine {

    /** The suffix Synapse appends to parse errors reported on the start POST. */
    public static final String PARSE_NOTE = " Note: If a column name contains spaces, punctuation, or SQL key words,"
            + " then the name must be enclosed in double quotes. See https://rest-docs.synapse.org/rest/org/sagebionetworks/repo/web/controller/TableExamples.html";
    /** The prefix of parse errors reported by the job. */
    public static final String PARSE_PREFIX = "org.sagebionetworks.table.query.ParseException: ";

    private SqlEngine() {
    }

    /**
     * Parses on the start POST. Errors are {@link SynapseSqlException.Phase#START} 400s. The caller then checks
     * that the returned table exists (404 {@code Resource: '123' does not exist}) and is table-like
     * (400 {@code syn123 is not a table or view}).
     */
    public static ParsedSql parseAtStart(String sql) {
        if (sql == null) {
            throw new SynapseSqlException(400, "SQL string is required.", SynapseSqlException.Phase.START);
        }
        QueryParser.Result r;
        try {
            r = QueryParser.parse(sql);
        } catch (SqlParseException e) {
            String reason = e.grammarError() ? e.getMessage() + PARSE_NOTE : e.getMessage();
            throw new SynapseSqlException(400, reason, SynapseSqlException.Phase.START);
        }
        QuerySpec q = r.query();
        if (q.joinCount() > 0) {
            throw new SynapseSqlException(400, "The JOIN keyword is not supported in this context", SynapseSqlException.Phase.START);
        }
        if (!q.table().entityId()) {
            throw new SynapseSqlException(400, "Invalid Entity ID: " + q.table().name(), SynapseSqlException.Phase.START);
        }
        return new ParsedSql(q, q.table().id(), q.table().version(), r.trailingError());
    }

    /** Runs the job-time steps; errors are {@link SynapseSqlException.Phase#JOB} failures. */
    public static PreparedSynapseQuery prepare(ParsedSql parsed, QueryRequest request) {
        if (parsed.trailingError() != null) {
            SqlParseException e = parsed.trailingError();
            throw SynapseSqlException.badRequest(e.grammarError() ? PARSE_PREFIX + e.getMessage() : e.getMessage());
        }
        TableSchema schema = request.schema();
        QuerySpec q = QueryComposer.addFilters(parsed.query(), request.additionalFilters());
        q = QueryComposer.addSort(q, request.sort());
        ColumnResolver resolver = new ColumnResolver(schema, q.table());
        CastTypes castTypes = new CastTypes(request.columnLookup());
        TypeInference types = new TypeInference(resolver, castTypes);
        new SemanticChecker(schema, resolver).check(q);
        boolean aggregated = AggregateDetector.isAggregated(q);
        List<SelectItem> items = q.selectStar() ? SelectHeaders.expandStar(schema) : q.selectItems();
        SelectHeaders headers = new SelectHeaders(resolver, types);
        long maxRows = SelectHeaders.maxRowsPerPage(headers.rowWidth(items));
        long[] paging = QueryComposer.composePaging(q.limit(), q.offset(), request.offset(), request.limit());
        QuerySpec combined = q.withPaging(paging.length > 1 ? paging[1] : null,
                paging.length > 1 || paging[0] > 0 ? paging[0] : null);
        if (combined.limit() == null) {
            combined = combined.withPaging(null, null);
        }
        QueryTranslator translator = new QueryTranslator(schema, resolver, types, castTypes, request.callerUserId(),
                q, items, aggregated, request.readableBenefactors());
        return new PreparedSynapseQuery(request, q, combined, headers.headers(items, aggregated), aggregated, maxRows,
                paging[0], paging.length > 1 ? paging[1] : null, translator);
    }

    /** Parses and prepares in one go (start-time errors keep their phase). */
    public static PreparedSynapseQuery prepare(String sql, QueryRequest request) {
        return prepare(parseAtStart(sql), request);
    }
}

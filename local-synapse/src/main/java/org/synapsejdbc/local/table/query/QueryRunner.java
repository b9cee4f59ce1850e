package org.synapsejdbc.local.table.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.time.Instant;
import java.util.List;
import org.synapsejdbc.client.model.ACCESS_TYPE;
import org.synapsejdbc.client.model.QueryFilter;
import org.synapsejdbc.client.model.SortItem;
import org.synapsejdbc.local.async.JobContext;
import org.synapsejdbc.local.entity.EntityKind;
import org.synapsejdbc.local.entity.EntityService;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Caller;
import org.synapsejdbc.local.http.Json;
import org.synapsejdbc.local.sql.ParsedSql;
import org.synapsejdbc.local.sql.PreparedSynapseQuery;
import org.synapsejdbc.local.sql.QueryRequest;
import org.synapsejdbc.local.sql.SqlEngine;
import org.synapsejdbc.local.sql.SynapseSqlException;
import org.synapsejdbc.local.sql.h2.PhysicalLayout;
import org.synapsejdbc.local.table.TableErrors;
import org.synapsejdbc.local.table.TableIndexDb;
import org.synapsejdbc.local.table.TableInfo;
import org.synapsejdbc.local.table.TableMetadata;
import org.synapsejdbc.local.table.rows.IndexSchemaSync;
import org.synapsejdbc.local.table.rows.TableStateStore;
import org.synapsejdbc.local.table.view.ViewIndexer;

/**
 * Runs a Synapse SQL query for a job: the start-time checks of the POST, then (in the job) access checks, the
 * view index refresh (reported as "Waiting for the table index to become available..."), the engine's
 * preparation (views: limited to the rows whose benefactor the caller may read), and the work against the
 * table index.
 */
public final class QueryRunner {

    public static final String WAITING = "Waiting for the table index to become available...";

    /** Query parameters besides the SQL (from {@code Query} or {@code DownloadFromTableRequest}). */
    public record Params(Long offset, Long limit, List<SortItem> sort, List<QueryFilter> filters,
                         boolean includeEntityEtag) {
    }

    /** A query ready to run, with the facts of the queried table. */
    public record Ready(TableInfo table, PreparedSynapseQuery query, String etag, Instant lastUpdatedOn) {
    }

    /** Work done on a table-index connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c, Ready ready) throws SQLException;
    }

    private final TableMetadata tables;
    private final TableIndexDb index;
    private final IndexSchemaSync sync;
    private final TableStateStore states;
    private final ViewIndexer views;

    public QueryRunner(TableMetadata tables, TableIndexDb index, IndexSchemaSync sync, TableStateStore states,
                       ViewIndexer views) {
        this.tables = tables;
        this.index = index;
        this.sync = sync;
        this.states = states;
        this.views = views;
    }

    /** The start POST checks: the SQL prefix parse; the table (and version) exists and is table-like. */
    public ParsedSql parseAtStart(String sql) {
        ParsedSql parsed;
        try {
            parsed = SqlEngine.parseAtStart(sql);
        } catch (SynapseSqlException e) {
            throw TableErrors.api(e);
        }
        tables.table(parsed.tableId(), parsed.version());
        return parsed;
    }

    /**
     * The de-duplication key of a query job: the request plus what its result depends on besides the request — the
     * TableEntity's entity etag (schema), row-change etag and version; null for views and other table-likes, which
     * Synapse does not de-duplicate (their rows change without the view's etag changing).
     */
    public String dedupKey(Object request, ParsedSql parsed) {
        TableInfo t = tables.table(parsed.tableId(), parsed.version());
        if (t.kind() != EntityKind.TABLE) {
            return null;
        }
        return Json.tree(request) + "\n" + t.node().etag() + "/" + states.state(t.id()).etag() + "/"
                + t.version().versionNumber();
    }

    /** Prepares and runs {@code work} for the job's caller. */
    public <T> T run(JobContext<?> job, ParsedSql parsed, Params p, Work<T> work) {
        Caller caller = job.caller();
        TableInfo t = tables.table(caller, parsed.tableId(), parsed.version(), ACCESS_TYPE.READ);
        if (!t.isView()) {
            tables.entities().checkAccess(caller, t.node().synId(), ACCESS_TYPE.DOWNLOAD);
        }
        try {
            if (t.isView() && !t.snapshot()) {
                if (views.needsBuild(t)) {
                    job.progress(0, 100, WAITING);
                }
                return views.readFresh(t, () -> execute(caller, parsed, p, t, work));
            }
            if (!t.snapshot()) {
                index.write(c -> sync.ensure(c, t.id(), t.columns()));
            } else if (!index.read(c -> TableIndexDb.exists(c, PhysicalLayout.tableName(t.id(),
                    t.version().versionNumber())))) {
                throw ApiException.notFound("Snapshot " + t.schema().displayId() + " does not exist");
            }
            return execute(caller, parsed, p, t, work);
        } catch (SynapseSqlException e) {
            throw TableErrors.api(e);
        }
    }

    private <T> T execute(Caller caller, ParsedSql parsed, Params p, TableInfo t, Work<T> work) {
        QueryRequest request = new QueryRequest(t.schema(), caller.userId(), p.offset(), p.limit(), p.sort(),
                p.filters(), p.includeEntityEtag() && t.isView(), id -> {
                    try {
                        return tables.columns().get(Long.toString(id));
                    } catch (ApiException e) {
                        return null;
                    }
                });
        if (t.isView()) {
            request = request.withReadableBenefactors(readableBenefactors(caller, t));
        }
        PreparedSynapseQuery prepared = SqlEngine.prepare(parsed, request);
        TableStateStore.State state = states.state(t.id());
        String etag = t.isView() ? t.node().etag() : state.etag();
        Instant updated = state.changedOn() != null ? state.changedOn() : t.node().modifiedOn();
        Ready ready = new Ready(t, prepared, etag, updated);
        return index.read(c -> work.run(c, ready));
    }

    /** The benefactors of the view's rows the caller may read, or null when every row is readable. */
    private List<Long> readableBenefactors(Caller caller, TableInfo t) {
        String table = PhysicalLayout.q(PhysicalLayout.tableName(t.id(), t.schema().version()));
        List<Long> benefactors = index.read(c -> {
            List<Long> out = new ArrayList<>();
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT DISTINCT ROW_BENEFACTOR FROM " + table)) {
                while (rs.next()) {
                    long b = rs.getLong(1);
                    if (!rs.wasNull()) {
                        out.add(b);
                    }
                }
            }
            return out;
        });
        EntityService entities = tables.entities();
        List<Long> readable = entities.db().read(c -> {
            List<Long> out = new ArrayList<>();
            for (long b : benefactors) {
                if (entities.access().acl().permissions(c, caller, b).contains(ACCESS_TYPE.READ)) {
                    out.add(b);
                }
            }
            return out;
        });
        return readable.size() == benefactors.size() ? null : readable;
    }
}

package org.synapsejdbc.calcite.exec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.apache.calcite.DataContext;
import org.apache.calcite.linq4j.AbstractEnumerable;
import org.apache.calcite.linq4j.Enumerable;
import org.apache.calcite.linq4j.Enumerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.calcite.SynapseQuery;
import org.synapsejdbc.calcite.SynapseQueryExecutor;
import org.synapsejdbc.calcite.SynapseTableKind;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.async.JobOptions;
import org.synapsejdbc.client.async.JobProgress;
import org.synapsejdbc.client.files.TransferProgressListener;
import org.synapsejdbc.client.model.DownloadFromTableRequest;
import org.synapsejdbc.client.model.Query;
import org.synapsejdbc.client.model.QueryBundleRequest;
import org.synapsejdbc.client.model.SortDirection;
import org.synapsejdbc.client.model.SortItem;
import org.synapsejdbc.client.table.QueryPage;
import org.synapsejdbc.client.table.QueryRequest;

/**
 * Runs pushed Synapse SQL through the REST client: pages of query results ({@code maxRowsPerPage}, our own
 * offset/limit, {@code pagePrefetch} pages fetched ahead) in {@code ROW_ID} order when the statement has no order of
 * its own. For an unfiltered scan the first page also asks for the row count; from {@code csvScanThreshold} rows
 * on, the rest of the table comes through one CSV download instead of further pages. Work starts on the first row wanted and stops on
 * cancel, timeout or close.
 */
public final class ClientQueryExecutor implements SynapseQueryExecutor {
  private static final Logger LOG = LoggerFactory.getLogger(ClientQueryExecutor.class);
  private static final List<SortItem> BY_ROW_ID =
      List.of(new SortItem().setColumn("ROW_ID").setDirection(SortDirection.ASC));

  private final SynapseClient client;
  private final ExecutionSettings settings;
  private final ViewCatchUp catchUp;

  public ClientQueryExecutor(SynapseClient client, ExecutionSettings settings) {
    this.client = Objects.requireNonNull(client, "client");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.catchUp = new ViewCatchUp(client);
  }

  public ExecutionSettings settings() {
    return settings;
  }

  @Override
  public Enumerable<String[]> execute(SynapseQuery query, DataContext context) {
    return new AbstractEnumerable<>() {
      @Override
      public Enumerator<String[]> enumerator() {
        QueryGuard guard = QueryGuard.of(context);
        return new GuardedRowEnumerator(query.table().fromName(), guard, () -> open(query, guard));
      }
    };
  }

  private RowSource open(SynapseQuery q, QueryGuard guard) {
    JobOptions options = guard.jobOptions(settings.jobTimeout(), progress -> logProgress(q, progress));
    if (settings.waitForViews() && q.table().kind() == SynapseTableKind.ENTITY_VIEW && q.table().version() == null) {
      catchUp.await(q.table(), options);
    }
    Query query = new Query().setSql(q.sql());
    if (needsRowIdOrder(q)) {
      query.setSort(BY_ROW_ID);
    }
    boolean csvCandidate = settings.csvScanThreshold() > 0 && !q.aggregated()
        && StatementShape.of(q.sql()).isPlainScan();
    LOG.debug("Querying {}: {}", q.entityId(), q.sql());
    if (!csvCandidate) {
      return new PagedRows(client.tables().query(new QueryRequest(q.entityId(), query, null, settings.pageSize(), 0,
          settings.pagePrefetch()), options));
    }
    // A scan that may be large: its first page also reports the row count, and decides the route for the rest.
    QueryPage first = client.tables().queryBundle(new QueryBundleRequest().setEntityId(q.entityId())
        .setQuery(copy(query).setOffset(0L).setLimit(settings.pageSize()))
        .setPartMask(QueryRequest.PART_RESULTS | QueryRequest.PART_COUNT | QueryRequest.PART_MAX_ROWS_PER_PAGE),
        options);
    long got = first.rows().size();
    Long count = first.queryCount();
    Long pageLimit = settings.pageSize() == null ? first.maxRowsPerPage()
        : first.maxRowsPerPage() == null ? settings.pageSize() : Math.min(settings.pageSize(), first.maxRowsPerPage());
    if (got == 0 || count != null && got >= count || pageLimit != null && got < pageLimit) {
      return new PrefixedRows(first.rows(), EmptyRows::new);
    }
    if (count != null && count >= settings.csvScanThreshold()) {
      LOG.info("{}: {} rows, downloading the rest as CSV instead of paging", q.entityId(), count);
      return new PrefixedRows(first.rows(), () -> csv(q, query, got, options));
    }
    QueryRequest rest = new QueryRequest(q.entityId(), copy(query).setOffset(got), null, settings.pageSize(), 0,
        settings.pagePrefetch());
    return new PrefixedRows(first.rows(), () -> new PagedRows(client.tables().query(rest, options)));
  }

  private static Query copy(Query query) {
    return new Query().setSql(query.getSql()).setSort(query.getSort());
  }

  private RowSource csv(SynapseQuery q, Query query, long offset, JobOptions options) {
    DownloadFromTableRequest request = new DownloadFromTableRequest().setEntityId(q.entityId())
        .setSql(query.getSql()).setSort(query.getSort()).setOffset(offset > 0 ? offset : null)
        .setWriteHeader(true).setIncludeRowIdAndRowVersion(false);
    TransferProgressListener progress = TransferProgressListener.NONE;
    try {
      return new CsvRows(client.tables().queryCsv(request, options, settings.spoolDirectory(), progress),
          q.columnCount());
    } catch (IOException e) {
      throw new UncheckedIOException("Downloading " + q.entityId() + " as CSV failed", e);
    }
  }

  /** Paging needs a stable order; ROW_ID gives one wherever Synapse exposes it. */
  private static boolean needsRowIdOrder(SynapseQuery q) {
    return !q.ordered() && !q.aggregated() && q.table().kind().hasRowIdAndVersion();
  }

  private static void logProgress(SynapseQuery q, JobProgress progress) {
    if (progress.isWaitingForIndex()) {
      LOG.info("{}: {}", q.entityId(), progress.describe());
    } else {
      LOG.debug("{}: {}", q.entityId(), progress.describe());
    }
  }
}

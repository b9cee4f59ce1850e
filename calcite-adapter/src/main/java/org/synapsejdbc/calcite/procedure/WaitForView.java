package org.synapsejdbc.calcite.procedure;

import static org.synapsejdbc.calcite.procedure.ProcedureSpec.column;
import static org.synapsejdbc.calcite.procedure.ProcedureSpec.optional;
import static org.synapsejdbc.calcite.procedure.ProcedureSpec.required;

import java.time.Duration;
import java.util.List;
import org.apache.calcite.sql.type.SqlTypeName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.async.JobOptions;
import org.synapsejdbc.client.model.Query;
import org.synapsejdbc.client.model.QueryBundleRequest;
import org.synapsejdbc.client.table.QueryPage;

/**
 * {@code wait_for_view(view_id [, timeout_seconds])}: waits until a view's (or table's) index is available by
 * running a row-count query, which Synapse keeps answering "processing" while the index is being built.
 */
final class WaitForView implements SynapseProcedure {
  private static final Logger LOG = LoggerFactory.getLogger(WaitForView.class);
  private static final ProcedureSpec SPEC = new ProcedureSpec("wait_for_view",
      "Waits until a view's index is up to date and returns its row count",
      List.of(required("view_id", SqlTypeName.VARCHAR, "id of the view (or table), e.g. syn123"),
          optional("timeout_seconds", SqlTypeName.BIGINT, "how long to wait at most (default 600)")),
      List.of(column("id", SqlTypeName.VARCHAR, "id of the view"),
          column("row_count", SqlTypeName.BIGINT, "rows in the view once available"),
          column("etag", SqlTypeName.VARCHAR, "etag of the view's index state"),
          column("waited_ms", SqlTypeName.BIGINT, "how long the call waited")));

  @Override
  public ProcedureSpec spec() {
    return SPEC;
  }

  @Override
  public List<Object[]> run(ProcedureArgs args, SynapseClient synapse) {
    String id = args.entityId(0);
    Long timeoutArg = args.optLong(1);
    if (timeoutArg != null && timeoutArg < 1) {
      throw args.invalid(1, "must be at least 1 second");
    }
    Duration timeout = Duration.ofSeconds(timeoutArg == null ? 600 : timeoutArg);
    long start = System.nanoTime();
    QueryBundleRequest request = new QueryBundleRequest().setEntityId(id)
        .setQuery(new Query().setSql("SELECT COUNT(*) FROM " + id)).setPartMask(0x1L);
    QueryPage page = Calls.synapse("wait for " + id, () -> synapse.tables().queryBundle(request,
        JobOptions.defaults().withTimeout(timeout).withListener(p -> LOG.info("Waiting for {}: {}", id,
            p.describe()))));
    long waited = (System.nanoTime() - start) / 1_000_000;
    Long count = page.rows().isEmpty() || page.rows().get(0).value(0) == null ? 0L
        : Long.parseLong(page.rows().get(0).value(0));
    return List.<Object[]>of(new Object[] {id, count, page.etag(), waited});
  }
}

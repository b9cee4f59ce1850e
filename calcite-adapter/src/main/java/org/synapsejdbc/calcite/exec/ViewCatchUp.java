package org.synapsejdbc.calcite.exec;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.calcite.SynapseTableDescriptor;
import org.synapsejdbc.client.SynapseClient;
import org.synapsejdbc.client.async.JobOptions;
import org.synapsejdbc.client.error.SynapseCancelledException;
import org.synapsejdbc.client.error.SynapseJobTimeoutException;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.EntityHeader;
import org.synapsejdbc.client.model.EntityType;
import org.synapsejdbc.client.model.EntityView;
import org.synapsejdbc.client.paging.PrefetchingIterator;
import org.synapsejdbc.client.table.QueryRequest;
import org.synapsejdbc.client.table.QueryResults;
import org.synapsejdbc.client.table.QueryRow;

/**
 * {@code consistency=wait} for entity views: before the user's query, waits until the view shows what the
 * repository holds now. The expected rows come from the consistent listing ({@code POST /entity/children}, walking
 * the scope containers' folders) - entity id, version and, when the view has a {@code modifiedOn} column,
 * modification time; the view is queried for the same and compared, again and again with growing pauses, until they
 * agree or the statement's timeout, cancel or the job timeout ends the wait.
 */
final class ViewCatchUp {
  private static final Logger LOG = LoggerFactory.getLogger(ViewCatchUp.class);
  private static final long[] TYPE_BITS = {0x01, 0x02, 0x04, 0x08, 0x10, 0x20, 0x40, 0x80, 0x100, 0x200};
  private static final EntityType[] TYPES = {EntityType.file, EntityType.project, EntityType.table,
      EntityType.folder, EntityType.entityview, EntityType.dockerrepo, EntityType.submissionview, EntityType.dataset,
      EntityType.datasetcollection, EntityType.materializedview};

  private final SynapseClient client;

  ViewCatchUp(SynapseClient client) {
    this.client = client;
  }

  void await(SynapseTableDescriptor view, JobOptions options) {
    EntityView entity = (EntityView) client.entities().get(view.entityId());
    boolean withModifiedOn = view.columns().stream()
        .anyMatch(c -> "modifiedOn".equals(c.getName()) && c.getColumnType() == ColumnType.DATE);
    long started = System.nanoTime();
    long pause = 100;
    for (int round = 1; ; round++) {
      Map<String, String> expected = expected(entity, withModifiedOn);
      Map<String, String> shown = shown(view.entityId(), withModifiedOn, options);
      if (expected.equals(shown)) {
        if (round > 1) {
          LOG.info("View {} caught up after {} ms", view.entityId(), (System.nanoTime() - started) / 1_000_000);
        }
        return;
      }
      long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
      if (elapsedMillis >= options.timeout().toMillis()) {
        throw new SynapseJobTimeoutException(view.entityId(), "View " + view.entityId()
            + " did not catch up within " + options.timeout().toMillis() + " ms");
      }
      LOG.info("Waiting for view {} to catch up: {} entities expected, {} shown ({} ms)", view.entityId(),
          expected.size(), shown.size(), elapsedMillis);
      try {
        if (options.cancellation().sleep(java.time.Duration.ofMillis(pause))) {
          throw new SynapseCancelledException("Cancelled while waiting for view " + view.entityId());
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SynapseCancelledException("Interrupted while waiting for view " + view.entityId());
      }
      pause = Math.min(pause * 2, 5_000);
    }
  }

  /** Entity id → version (and modification time) of every entity the view's scope holds now. */
  private Map<String, String> expected(EntityView view, boolean withModifiedOn) {
    long mask = view.getViewTypeMask() == null ? 0x01 : view.getViewTypeMask();
    List<EntityType> types = new ArrayList<>();
    for (int i = 0; i < TYPE_BITS.length; i++) {
      if ((mask & TYPE_BITS[i]) != 0) {
        types.add(TYPES[i]);
      }
    }
    List<EntityType> listed = new ArrayList<>(types);
    if (!listed.contains(EntityType.folder)) {
      listed.add(EntityType.folder);
    }
    Map<String, String> out = new HashMap<>();
    Deque<String> containers = new ArrayDeque<>();
    for (String scope : view.getScopeIds() == null ? List.<String>of() : view.getScopeIds()) {
      containers.add(scope.startsWith("syn") ? scope : "syn" + scope);
    }
    if (mask == 0x02) {
      // A project-only view shows the scope projects themselves.
      for (String project : containers) {
        EntityHeader h = client.entities().header(project);
        out.put(h.getId(), state(h, withModifiedOn));
      }
      return out;
    }
    while (!containers.isEmpty()) {
      try (PrefetchingIterator<String, EntityHeader> children = client.entities().children(containers.poll(),
          listed)) {
        while (children.hasNext()) {
          EntityHeader h = children.next();
          if (h.getType() != null && h.getType().endsWith(".Folder")) {
            containers.add(h.getId());
            if (!types.contains(EntityType.folder)) {
              continue;
            }
          }
          out.put(h.getId(), state(h, withModifiedOn));
        }
      }
    }
    return out;
  }

  private static String state(EntityHeader h, boolean withModifiedOn) {
    return h.getVersionNumber() + (withModifiedOn && h.getModifiedOn() != null
        ? "@" + h.getModifiedOn().toEpochMilli() : "");
  }

  /** Entity id → version (and modification time) as the view shows them. */
  private Map<String, String> shown(String viewId, boolean withModifiedOn, JobOptions options) {
    String sql = "SELECT ROW_ID, ROW_VERSION" + (withModifiedOn ? ", \"modifiedOn\"" : "") + " FROM " + viewId;
    Map<String, String> out = new HashMap<>();
    try (QueryResults rows = client.tables().query(QueryRequest.of(viewId, sql), options)) {
      while (rows.hasNext()) {
        QueryRow r = rows.next();
        out.put("syn" + r.value(0), r.value(1) + (withModifiedOn && r.value(2) != null ? "@" + r.value(2) : ""));
      }
    }
    return out;
  }
}

package org.synapsejdbc.client.ops;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.synapsejdbc.client.http.Service;
import org.synapsejdbc.client.http.SynapseTransport;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.EntityBundle;
import org.synapsejdbc.client.model.EntityBundleRequest;
import org.synapsejdbc.client.model.ListWrapper;
import org.synapsejdbc.client.model.TableBundle;

/**
 * Column models, cached by id (Synapse column models are immutable), and table/view schemas read through
 * {@code bundle2} rather than the throttled {@code GET /entity/{id}/column} (6 calls per minute). Creating
 * columns is idempotent by Synapse's definition (identical definitions give the same id), so it is retried.
 */
public final class ColumnOperations {
  private static final TypeReference<ListWrapper<ColumnModel>> COLUMN_LIST = new TypeReference<>() {};

  private final SynapseTransport transport;
  private final Map<String, ColumnModel> cache = new ConcurrentHashMap<>();

  public ColumnOperations(SynapseTransport transport) {
    this.transport = transport;
  }

  /** A column model by id, from the cache when it was seen before. */
  public ColumnModel get(String columnId) {
    ColumnModel cached = cache.get(columnId);
    if (cached != null) {
      return cached;
    }
    ColumnModel model = transport.get(Service.REPO, "/column/" + columnId).as(ColumnModel.class);
    remember(model);
    return model;
  }

  public ColumnModel create(ColumnModel model) {
    ColumnModel created = transport.post(Service.REPO, "/column").body(model).idempotent().as(ColumnModel.class);
    remember(created);
    return created;
  }

  /** Creates several columns at once (all or nothing). */
  public List<ColumnModel> createBatch(List<ColumnModel> models) {
    ListWrapper<ColumnModel> body = ListWrapper.of(ColumnModel.class, new ArrayList<>(models));
    List<ColumnModel> created = transport.post(Service.REPO, "/column/batch").body(body).idempotent()
        .as(COLUMN_LIST).getList();
    created.forEach(this::remember);
    return created;
  }

  /** Schema and {@code maxRowsPerPage} of a table or view (current version). */
  public TableBundle tableBundle(String entityId) {
    EntityBundle bundle = transport.post(Service.REPO, "/entity/" + entityId + "/bundle2")
        .body(new EntityBundleRequest().setIncludeTableBundle(true)).idempotent().as(EntityBundle.class);
    return remembered(bundle.getTableBundle());
  }

  /** Schema of a snapshot version. */
  public TableBundle tableBundle(String entityId, long version) {
    EntityBundle bundle = transport.post(Service.REPO, "/entity/" + entityId + "/version/" + version + "/bundle2")
        .body(new EntityBundleRequest().setIncludeTableBundle(true)).idempotent().as(EntityBundle.class);
    return remembered(bundle.getTableBundle());
  }

  private TableBundle remembered(TableBundle bundle) {
    if (bundle != null && bundle.getColumnModels() != null) {
      bundle.getColumnModels().forEach(this::remember);
    }
    return bundle;
  }

  private void remember(ColumnModel model) {
    if (model != null && model.getId() != null) {
      cache.put(model.getId(), model);
    }
  }
}

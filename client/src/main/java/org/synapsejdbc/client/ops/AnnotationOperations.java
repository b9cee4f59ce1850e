package org.synapsejdbc.client.ops;

import org.synapsejdbc.client.http.Service;
import org.synapsejdbc.client.http.SynapseTransport;
import org.synapsejdbc.client.model.Annotations;

/**
 * Annotations v2 ({@code /entity/{id}/annotations2}). The PUT replaces the whole map and needs the current etag
 * (stale ⇒ {@code SynapseEtagMismatchException}); it is idempotent, so it is retried after transient failures.
 */
public final class AnnotationOperations {
  private final SynapseTransport transport;

  public AnnotationOperations(SynapseTransport transport) {
    this.transport = transport;
  }

  public Annotations get(String entityId) {
    return transport.get(Service.REPO, "/entity/" + entityId + "/annotations2").as(Annotations.class);
  }

  public Annotations get(String entityId, long version) {
    return transport.get(Service.REPO, "/entity/" + entityId + "/version/" + version + "/annotations2")
        .as(Annotations.class);
  }

  /** Replaces all annotations of {@code annotations.getId()}; returns them with the new etag. */
  public Annotations update(Annotations annotations) {
    return transport.put(Service.REPO, "/entity/" + annotations.getId() + "/annotations2").body(annotations)
        .as(Annotations.class);
  }
}

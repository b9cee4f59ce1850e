package org.synapsejdbc.client.ops;

import java.util.Optional;
import org.synapsejdbc.client.error.SynapseNotFoundException;
import org.synapsejdbc.client.http.Service;
import org.synapsejdbc.client.http.SynapseTransport;
import org.synapsejdbc.client.model.Activity;

/**
 * Provenance: activities and the generatedBy link of entities. {@code POST /activity} is not idempotent and has
 * no natural key to verify, so it is only retried when the failure proves it was not applied (429, no
 * connection); everything else here is idempotent.
 */
public final class ActivityOperations {
  private final SynapseTransport transport;

  public ActivityOperations(SynapseTransport transport) {
    this.transport = transport;
  }

  public Activity create(Activity activity) {
    return transport.post(Service.REPO, "/activity").body(activity).as(Activity.class);
  }

  public Activity get(String id) {
    return transport.get(Service.REPO, "/activity/" + id).as(Activity.class);
  }

  /** Updates with the activity's etag (stale ⇒ 412). */
  public Activity update(Activity activity) {
    return transport.put(Service.REPO, "/activity/" + activity.getId()).body(activity).as(Activity.class);
  }

  public void delete(String id) {
    transport.delete(Service.REPO, "/activity/" + id).send();
  }

  /** The activity that generated the current version of the entity, if any. */
  public Optional<Activity> generatedBy(String entityId) {
    try {
      return Optional.of(transport.get(Service.REPO, "/entity/" + entityId + "/generatedBy").as(Activity.class));
    } catch (SynapseNotFoundException none) {
      return Optional.empty();
    }
  }

  public Optional<Activity> generatedBy(String entityId, long version) {
    try {
      return Optional.of(transport.get(Service.REPO, "/entity/" + entityId + "/version/" + version
          + "/generatedBy").as(Activity.class));
    } catch (SynapseNotFoundException none) {
      return Optional.empty();
    }
  }

  /** Links the entity's current version to an activity the caller created. */
  public Activity setGeneratedBy(String entityId, String activityId) {
    return transport.put(Service.REPO, "/entity/" + entityId + "/generatedBy").query("generatedBy", activityId)
        .as(Activity.class);
  }

  public void deleteGeneratedBy(String entityId) {
    transport.delete(Service.REPO, "/entity/" + entityId + "/generatedBy").send();
  }
}

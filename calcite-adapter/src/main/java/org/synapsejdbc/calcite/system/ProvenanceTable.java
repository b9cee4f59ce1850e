package org.synapsejdbc.calcite.system;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.synapsejdbc.client.model.Activity;
import org.synapsejdbc.client.model.Used;
import org.synapsejdbc.client.model.UsedEntity;
import org.synapsejdbc.client.model.UsedURL;

/**
 * {@code synapse.provenance}: one row per "used" item of the activity that generated an entity version (entity,
 * version, activity, used entity and version or URL, executed flag; an activity that used nothing gives one row
 * with empty used columns). {@code entity_id} (+ {@code version}) → one {@code generatedBy} read.
 */
final class ProvenanceTable extends SystemTable {
  private final EntityCrawler crawler;

  ProvenanceTable(EntityCrawler crawler) {
    super(List.of(SystemColumn.text("entity_id"), SystemColumn.number("version"), SystemColumn.text("activity_id"),
        SystemColumn.text("activity_name"), SystemColumn.text("used_entity_id"),
        SystemColumn.number("used_version"), SystemColumn.text("used_url"), SystemColumn.flag("executed")));
    this.crawler = crawler;
  }

  @Override
  Iterator<Object[]> rows(KeyFilter filter) {
    String version = filter.get("version");
    return new FlatMap<>(crawler.entities(filter, "entity_id", EntitiesTable.all(crawler).types()), e -> {
      Long v = version != null ? Long.valueOf(version) : e.version();
      Optional<Activity> activity = version != null
          ? crawler.client().activities().generatedBy(e.id(), v)
          : crawler.client().activities().generatedBy(e.id());
      List<Object[]> rows = new ArrayList<>();
      activity.ifPresent(a -> {
        List<Used> used = a.getUsed() == null ? List.of() : a.getUsed();
        if (used.isEmpty()) {
          rows.add(new Object[] {e.id(), v, a.getId(), a.getName(), null, null, null, null});
        }
        for (Used u : used) {
          String target = u instanceof UsedEntity ue && ue.getReference() != null ? ue.getReference().getTargetId()
              : null;
          Long targetVersion = u instanceof UsedEntity ue && ue.getReference() != null
              ? ue.getReference().getTargetVersionNumber() : null;
          String url = u instanceof UsedURL uu ? uu.getUrl() : null;
          rows.add(new Object[] {e.id(), v, a.getId(), a.getName(), target, targetVersion, url, u.getWasExecuted()});
        }
      });
      return rows.iterator();
    });
  }
}

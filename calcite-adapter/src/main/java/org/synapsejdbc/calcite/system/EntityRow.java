package org.synapsejdbc.calcite.system;

import java.time.Instant;

/** One entity as the system tables show it: identity, place (parent, project), version and audit fields. */
record EntityRow(String id, String name, String type, String parentId, String projectId, Long version,
    Instant createdOn, Instant modifiedOn, String createdBy, String modifiedBy) {

  static Long millis(Instant t) {
    return t == null ? null : t.toEpochMilli();
  }
}

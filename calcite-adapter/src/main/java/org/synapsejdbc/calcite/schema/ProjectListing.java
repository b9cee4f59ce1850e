package org.synapsejdbc.calcite.schema;

import java.util.Map;
import java.util.Set;
import org.synapsejdbc.client.model.EntityHeader;

/**
 * What one crawl of a project found: its table-like entities by folder path, and the ids of the containers it
 * listed (the project and its folders), so that a change in any of them can drop exactly this listing.
 */
record ProjectListing(Map<String, EntityHeader> tables, Set<String> containers) {
  /** Whether a change to the entity {@code id} (a container's children, or the entity itself) affects this listing. */
  boolean involves(String id) {
    if (containers.contains(id)) {
      return true;
    }
    for (EntityHeader h : tables.values()) {
      if (id.equals(h.getId())) {
        return true;
      }
    }
    return false;
  }
}

package org.synapsejdbc.local.entity;

import java.time.Instant;

/** The unversioned part of an entity (Synapse's node): identity, name, place in the hierarchy, etag. */
public record EntityRecord(long id, String name, Long parentId, EntityKind kind, String etag, Instant createdOn,
                           long createdBy, Instant modifiedOn, long modifiedBy, long currentVersion,
                           String description, boolean trashed) {

    public String synId() {
        return SynIds.format(id);
    }
}

package org.synapsejdbc.local.entity;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One version of an entity: label, comment, the type-specific properties ({@code dataFileHandleId},
 * {@code columnIds}, {@code scopeIds}, ...), the annotations JSON and the generating activity.
 */
public record VersionRecord(long nodeId, long versionNumber, String label, String comment, Instant modifiedOn,
                            long modifiedBy, String fileHandleId, Long activityId, ObjectNode props,
                            String annotationsJson) {
}

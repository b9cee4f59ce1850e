package org.synapsejdbc.local.entity;

import java.sql.Connection;
import java.sql.SQLException;
import org.synapsejdbc.client.model.EntityBundle;
import org.synapsejdbc.client.model.EntityBundleRequest;
import org.synapsejdbc.local.http.Caller;

/**
 * Fills parts of an {@code EntityBundle} another module owns (annotations, activity, fileHandles, tableBundle).
 * Called inside the bundle's read transaction after the caller's READ access was checked.
 */
@FunctionalInterface
public interface BundleContributor {

    /** The entity and version the bundle is about. */
    record Target(Caller caller, EntityRecord node, VersionRecord version) {
    }

    void contribute(Connection c, EntityBundleRequest request, Target target, EntityBundle bundle) throws SQLException;
}

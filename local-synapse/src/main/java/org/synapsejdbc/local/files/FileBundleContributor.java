package org.synapsejdbc.local.files;

import java.sql.Connection;
import java.sql.SQLException;
import org.synapsejdbc.client.model.EntityBundle;
import org.synapsejdbc.client.model.EntityBundleRequest;
import org.synapsejdbc.local.entity.BundleContributor;

/** Fills {@code EntityBundle.fileHandles} when {@code includeFileHandles} is set (empty without DOWNLOAD). */
final class FileBundleContributor implements BundleContributor {

    private final EntityFiles files;

    FileBundleContributor(EntityFiles files) {
        this.files = files;
    }

    @Override
    public void contribute(Connection c, EntityBundleRequest request, Target target, EntityBundle bundle)
            throws SQLException {
        if (Boolean.TRUE.equals(request.getIncludeFileHandles())) {
            bundle.setFileHandles(files.visible(c, target.caller(), target.node(), target.version()));
        }
    }
}

package org.synapsejdbc.local.files;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.synapsejdbc.client.model.ACCESS_TYPE;
import org.synapsejdbc.client.model.FileHandle;
import org.synapsejdbc.local.entity.EntityKind;
import org.synapsejdbc.local.entity.EntityRecord;
import org.synapsejdbc.local.entity.EntityService;
import org.synapsejdbc.local.entity.VersionRecord;
import org.synapsejdbc.local.http.Caller;

/** The file handles of one entity version (its data file), as the bundle and {@code /filehandles} serve them. */
final class EntityFiles {

    private final EntityService entities;
    private final FileHandleDao dao;

    EntityFiles(EntityService entities, FileHandleDao dao) {
        this.entities = entities;
        this.dao = dao;
    }

    /** The version's handles; empty for non-file entities and for callers without DOWNLOAD, as Synapse does. */
    List<FileHandle> visible(Connection c, Caller caller, EntityRecord node, VersionRecord version)
            throws SQLException {
        if (node.kind() != EntityKind.FILE || version.fileHandleId() == null
                || !entities.access().has(c, caller, node.id(), ACCESS_TYPE.DOWNLOAD)) {
            return new ArrayList<>();
        }
        List<FileHandle> out = new ArrayList<>();
        dao.get(c, version.fileHandleId()).ifPresent(s -> out.add(s.handle()));
        return out;
    }
}

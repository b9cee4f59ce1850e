package org.synapsejdbc.local.files;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.synapsejdbc.client.model.ACCESS_TYPE;
import org.synapsejdbc.local.entity.EntityAccess;
import org.synapsejdbc.local.entity.EntityKind;
import org.synapsejdbc.local.entity.EntityRecord;
import org.synapsejdbc.local.entity.EntityService;
import org.synapsejdbc.local.entity.SynIds;
import org.synapsejdbc.local.entity.VersionRecord;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Caller;

/**
 * {@code FileEntity} associations: a handle is downloadable through a file entity when it is the data file of any
 * of its versions (clients pass the entity id without a version) and the caller has DOWNLOAD on the entity.
 */
final class FileEntityAssociation implements FileAssociation {

    private final EntityService entities;

    FileEntityAssociation(EntityService entities) {
        this.entities = entities;
    }

    @Override
    public Map<String, Decision> decide(Connection c, Caller caller, String objectId, Collection<String> ids)
            throws SQLException {
        Decision shared;
        Set<String> associated = new HashSet<>();
        try {
            long id = SynIds.parse(objectId);
            EntityRecord node = entities.access().live(c, id);
            if (!entities.access().has(c, caller, id, ACCESS_TYPE.DOWNLOAD)) {
                shared = Decision.denied(EntityAccess.denied(caller, ACCESS_TYPE.DOWNLOAD).reason());
            } else if (node.kind() != EntityKind.FILE) {
                shared = Decision.denied(notAssociated(objectId));
            } else {
                shared = Decision.GRANTED;
                for (VersionRecord v : entities.store().versions(c, id, Integer.MAX_VALUE, 0)) {
                    if (v.fileHandleId() != null) {
                        associated.add(v.fileHandleId());
                    }
                }
            }
        } catch (ApiException e) {
            shared = e.status() == 404 ? Decision.notFound(e.reason()) : Decision.denied(e.reason());
        }
        Map<String, Decision> out = new LinkedHashMap<>();
        for (String fh : ids) {
            if (shared.outcome() != Outcome.GRANTED) {
                out.put(fh, shared);
            } else {
                out.put(fh, associated.contains(fh) ? Decision.GRANTED : Decision.denied(notAssociated(objectId)));
            }
        }
        return out;
    }

    private static String notAssociated(String objectId) {
        return "The requested file handle is not associated with the FileEntity: " + objectId;
    }
}

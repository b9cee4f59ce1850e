package org.synapsejdbc.local.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.synapsejdbc.client.model.ACCESS_TYPE;
import org.synapsejdbc.client.model.FileHandle;
import org.synapsejdbc.local.entity.EntityHook;
import org.synapsejdbc.local.entity.EntityKind;
import org.synapsejdbc.local.entity.EntityService;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Caller;
import org.synapsejdbc.local.store.Sql;

/**
 * The files side of FileEntity writes: {@code dataFileHandleId} must name an existing handle the caller created
 * (or may download through an entity that already uses it); a changed handle with different content (MD5) makes a
 * new version; version listings learn content size and MD5 from here.
 */
final class FileEntityHook implements EntityHook {

    static final String FIELD = "dataFileHandleId";

    private final EntityService entities;
    private final FileHandleDao dao;

    FileEntityHook(EntityService entities, FileHandleDao dao) {
        this.entities = entities;
        this.dao = dao;
    }

    @Override
    public void beforeWrite(Caller caller, EntityKind kind, ObjectNode props, ObjectNode previous) {
        if (kind != EntityKind.FILE) {
            return;
        }
        String id = handleId(props);
        if (id == null) {
            throw ApiException.badRequest("FileEntity.dataFileHandleId cannot be null");
        }
        FileHandle h = entities.db().read(c -> dao.get(c, id)).map(FileHandleDao.Stored::handle)
                .orElseThrow(() -> FileHandleRoutes.missing(id));
        props.put(FIELD, h.getId());
        if (previous != null && h.getId().equals(handleId(previous))) {
            return;
        }
        if (!Long.toString(caller.userId()).equals(h.getCreatedBy()) && !downloadableElsewhere(caller, h.getId())) {
            throw ApiException.forbidden("Only the creator of a FileHandle can access it directly by its ID.  "
                    + "FileHandleId = '" + h.getId() + "', UserId = '" + caller.userId() + "'");
        }
    }

    /* Reads NODE_VERSION (entity-owned) because the hook API offers no "entities using this handle" query. */
    private boolean downloadableElsewhere(Caller caller, String fileHandleId) {
        return entities.db().read(c -> {
            List<Long> users = Sql.list(c, "SELECT DISTINCT NODE_ID FROM NODE_VERSION WHERE FILE_HANDLE_ID = ?",
                    rs -> rs.getLong(1), fileHandleId);
            for (long nodeId : users) {
                if (entities.access().has(c, caller, nodeId, ACCESS_TYPE.DOWNLOAD)) {
                    return true;
                }
            }
            return false;
        });
    }

    @Override
    public boolean requiresNewVersion(EntityKind kind, ObjectNode previous, ObjectNode props) {
        if (kind != EntityKind.FILE) {
            return false;
        }
        String before = handleId(previous);
        String after = handleId(props);
        if (Objects.equals(before, after)) {
            return false;
        }
        String md5Before = md5(before);
        String md5After = md5(after);
        return md5Before == null || md5After == null || !md5Before.equalsIgnoreCase(md5After);
    }

    @Override
    public Optional<FileContent> fileContent(String fileHandleId) {
        return entities.db().read(c -> dao.get(c, fileHandleId)).map(s -> new FileContent(
                s.handle().getContentSize(), s.handle().getContentMd5(), s.handle().getFileName()));
    }

    private String md5(String fileHandleId) {
        return fileHandleId == null ? null : entities.db().read(c -> dao.get(c, fileHandleId))
                .map(s -> s.handle().getContentMd5()).orElse(null);
    }

    private static String handleId(ObjectNode props) {
        JsonNode v = props == null ? null : props.get(FIELD);
        return v == null || v.isNull() || v.asText().isEmpty() ? null : v.asText();
    }
}

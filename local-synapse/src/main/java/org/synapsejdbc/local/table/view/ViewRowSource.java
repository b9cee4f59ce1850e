package org.synapsejdbc.local.table.view;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.synapsejdbc.client.model.AnnotationsValue;
import org.synapsejdbc.client.model.FileHandle;
import org.synapsejdbc.client.model.S3FileHandle;
import org.synapsejdbc.local.entity.EntityKind;
import org.synapsejdbc.local.entity.EntityRecord;
import org.synapsejdbc.local.entity.EntityService;
import org.synapsejdbc.local.entity.SynIds;
import org.synapsejdbc.local.entity.VersionRecord;
import org.synapsejdbc.local.files.FileHandleService;
import org.synapsejdbc.local.http.Json;

/**
 * The facts of one entity a view row is made of: its object-field values (as wire text, file facts from the
 * file handle) and its annotations.
 */
final class ViewRowSource {

    private static final TypeReference<LinkedHashMap<String, AnnotationsValue>> MAP = new TypeReference<>() {
    };

    /** One entity's row facts. */
    record Facts(EntityRecord node, VersionRecord version, Long benefactor, Map<ObjectField, String> fields,
                 Map<String, AnnotationsValue> annotations) {
    }

    private final EntityService entities;
    private final FileHandleService files;
    private final Map<Long, EntityRecord> nodeCache = new HashMap<>();

    ViewRowSource(EntityService entities, FileHandleService files) {
        this.entities = entities;
        this.files = files;
    }

    /** The facts of an entity at a version (null = current). */
    Facts facts(Connection c, EntityRecord n, Long version) throws SQLException {
        VersionRecord v = entities.version(c, n, version);
        Long benefactor = entities.access().acl().benefactor(c, n.id());
        Map<ObjectField, String> f = new HashMap<>();
        f.put(ObjectField.id, n.synId());
        f.put(ObjectField.name, n.name());
        f.put(ObjectField.description, n.description());
        f.put(ObjectField.createdOn, Long.toString(n.createdOn().toEpochMilli()));
        f.put(ObjectField.createdBy, Long.toString(n.createdBy()));
        f.put(ObjectField.etag, n.etag());
        f.put(ObjectField.modifiedOn, Long.toString(n.modifiedOn().toEpochMilli()));
        f.put(ObjectField.modifiedBy, Long.toString(n.modifiedBy()));
        f.put(ObjectField.type, n.kind().wireType().name());
        f.put(ObjectField.currentVersion, Long.toString(n.currentVersion()));
        f.put(ObjectField.parentId, n.parentId() == null ? null : SynIds.format(n.parentId()));
        f.put(ObjectField.benefactorId, benefactor == null ? null : SynIds.format(benefactor));
        pathAndProject(c, n, f);
        if (v.fileHandleId() != null) {
            f.put(ObjectField.dataFileHandleId, v.fileHandleId());
            Optional<FileHandle> handle = files.find(c, v.fileHandleId());
            if (handle.isPresent()) {
                FileHandle h = handle.get();
                f.put(ObjectField.dataFileName, h.getFileName());
                f.put(ObjectField.dataFileSizeBytes, h.getContentSize() == null ? null : h.getContentSize().toString());
                f.put(ObjectField.dataFileMD5Hex, h.getContentMd5());
                f.put(ObjectField.dataFileConcreteType, h.getConcreteType());
                if (h instanceof S3FileHandle s3) {
                    f.put(ObjectField.dataFileBucket, s3.getBucketName());
                    f.put(ObjectField.dataFileKey, s3.getKey());
                }
            }
        }
        if (n.kind() == EntityKind.DATASET || n.kind() == EntityKind.DATASETCOLLECTION) {
            f.put(ObjectField.datasetSizeInBytes, text(v.props().get("size")));
            f.put(ObjectField.datasetMD5Hex, text(v.props().get("checksum")));
            f.put(ObjectField.datasetItemCount, text(v.props().get("count")));
            if (n.kind() == EntityKind.DATASET) {
                f.put(ObjectField.dataFileSizeBytes, f.get(ObjectField.datasetSizeInBytes));
                f.put(ObjectField.dataFileMD5Hex, f.get(ObjectField.datasetMD5Hex));
            }
        }
        return new Facts(n, v, benefactor, f, annotations(v.annotationsJson()));
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    static Map<String, AnnotationsValue> annotations(String json) {
        if (json == null) {
            return new LinkedHashMap<>();
        }
        try {
            return Json.mapper().readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt annotations", e);
        }
    }

    private void pathAndProject(Connection c, EntityRecord n, Map<ObjectField, String> f) throws SQLException {
        List<String> names = new ArrayList<>();
        String project = null;
        EntityRecord cur = n;
        int guard = 0;
        while (cur != null && guard++ < 100) {
            names.add(0, cur.name());
            if (cur.kind() == EntityKind.PROJECT && project == null) {
                project = cur.synId();
            }
            if (cur.parentId() == null || cur.parentId() == SynIds.ROOT_ID) {
                break;
            }
            cur = node(c, cur.parentId());
        }
        String path = String.join("/", names);
        f.put(ObjectField.path, path.length() > 1000 ? path.substring(0, 1000) : path);
        f.put(ObjectField.projectId, project);
    }

    private EntityRecord node(Connection c, long id) throws SQLException {
        EntityRecord cached = nodeCache.get(id);
        if (cached == null) {
            cached = entities.store().node(c, id).orElse(null);
            if (cached != null) {
                nodeCache.put(id, cached);
            }
        }
        return cached;
    }
}

package org.synapsejdbc.local.table.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.synapsejdbc.client.model.ColumnModel;
import org.synapsejdbc.client.model.ColumnType;
import org.synapsejdbc.client.model.FacetType;

/**
 * The entity metadata fields a view column can show instead of an annotation (Synapse's {@code ObjectField},
 * synapse-view-columns.md §1), with the matching rule of §3: same name, same type, and a declared size at least
 * the field's.
 */
public enum ObjectField {
    id(ColumnType.ENTITYID, null, null),
    name(ColumnType.STRING, 256L, null),
    description(ColumnType.STRING, 1000L, null),
    createdOn(ColumnType.DATE, null, FacetType.range),
    createdBy(ColumnType.USERID, null, FacetType.enumeration),
    etag(ColumnType.STRING, 36L, null),
    modifiedOn(ColumnType.DATE, null, FacetType.range),
    modifiedBy(ColumnType.USERID, null, FacetType.enumeration),
    path(ColumnType.STRING, 1000L, null),
    type(ColumnType.STRING, 20L, FacetType.enumeration),
    currentVersion(ColumnType.INTEGER, null, null),
    parentId(ColumnType.ENTITYID, null, FacetType.enumeration),
    benefactorId(ColumnType.ENTITYID, null, null),
    projectId(ColumnType.ENTITYID, null, FacetType.enumeration),
    dataFileHandleId(ColumnType.FILEHANDLEID, null, null),
    dataFileName(ColumnType.STRING, 256L, null),
    dataFileSizeBytes(ColumnType.INTEGER, null, null),
    dataFileMD5Hex(ColumnType.STRING, 100L, null),
    dataFileConcreteType(ColumnType.STRING, 65L, FacetType.enumeration),
    dataFileBucket(ColumnType.STRING, 100L, FacetType.enumeration),
    dataFileKey(ColumnType.STRING, 700L, null),
    datasetSizeInBytes(ColumnType.INTEGER, null, null),
    datasetMD5Hex(ColumnType.STRING, 100L, null),
    datasetItemCount(ColumnType.INTEGER, null, null);

    private static final List<ObjectField> BASIC = List.of(id, name, description, createdOn, createdBy, etag,
            modifiedOn, modifiedBy, path);
    private static final List<ObjectField> FILE_EXTRA = List.of(type, currentVersion, parentId, benefactorId,
            projectId, dataFileHandleId, dataFileName, dataFileSizeBytes, dataFileMD5Hex, dataFileConcreteType,
            dataFileBucket, dataFileKey);

    private final ColumnType columnType;
    private final Long maximumSize;
    private final FacetType facetType;

    ObjectField(ColumnType columnType, Long maximumSize, FacetType facetType) {
        this.columnType = columnType;
        this.maximumSize = maximumSize;
        this.facetType = facetType;
    }

    /** The default column definition of this field (without id). */
    public ColumnModel model() {
        return new ColumnModel().setName(name()).setColumnType(columnType).setMaximumSize(maximumSize)
                .setFacetType(facetType);
    }

    /** The default columns of an entity view with the given type mask (§2: only the File bit matters). */
    public static List<ObjectField> entityViewDefaults(long viewTypeMask) {
        List<ObjectField> out = new ArrayList<>(BASIC);
        if ((viewTypeMask & 0x01) != 0) {
            out.addAll(FILE_EXTRA);
        }
        return out;
    }

    /** Default columns of a dataset collection view. */
    public static List<ObjectField> datasetCollectionDefaults() {
        List<ObjectField> out = new ArrayList<>(BASIC);
        out.addAll(List.of(datasetSizeInBytes, datasetMD5Hex, datasetItemCount));
        return out;
    }

    /** The object field a view column shows, or empty for an annotation column (§3). */
    public static Optional<ObjectField> match(ColumnModel m) {
        for (ObjectField f : values()) {
            if (f.name().equals(m.getName()) && f.columnType == m.getColumnType()
                    && (f.maximumSize == null || (m.getMaximumSize() != null && m.getMaximumSize() >= f.maximumSize))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}

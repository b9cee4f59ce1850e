package org.synapsejdbc.local.entity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.synapsejdbc.client.model.Dataset;
import org.synapsejdbc.client.model.DatasetCollection;
import org.synapsejdbc.client.model.DockerRepository;
import org.synapsejdbc.client.model.Entity;
import org.synapsejdbc.client.model.EntityType;
import org.synapsejdbc.client.model.EntityView;
import org.synapsejdbc.client.model.FileEntity;
import org.synapsejdbc.client.model.Folder;
import org.synapsejdbc.client.model.Link;
import org.synapsejdbc.client.model.MaterializedView;
import org.synapsejdbc.client.model.Project;
import org.synapsejdbc.client.model.SubmissionView;
import org.synapsejdbc.client.model.TableEntity;
import org.synapsejdbc.client.model.VirtualTable;

/** The entity types Synapse stores ({@code EntityTypeUtils}): wire type name, concreteType, model class, rules. */
public enum EntityKind {
    PROJECT(EntityType.project, Project.CONCRETE_TYPE, Project.class, false, false),
    FOLDER(EntityType.folder, Folder.CONCRETE_TYPE, Folder.class, false, true),
    FILE(EntityType.file, FileEntity.CONCRETE_TYPE, FileEntity.class, true, true),
    LINK(EntityType.link, Link.CONCRETE_TYPE, Link.class, false, true),
    TABLE(EntityType.table, TableEntity.CONCRETE_TYPE, TableEntity.class, true, false),
    ENTITYVIEW(EntityType.entityview, EntityView.CONCRETE_TYPE, EntityView.class, true, false),
    SUBMISSIONVIEW(EntityType.submissionview, SubmissionView.CONCRETE_TYPE, SubmissionView.class, true, false),
    DATASET(EntityType.dataset, Dataset.CONCRETE_TYPE, Dataset.class, true, false),
    DATASETCOLLECTION(EntityType.datasetcollection, DatasetCollection.CONCRETE_TYPE, DatasetCollection.class, true, false),
    MATERIALIZEDVIEW(EntityType.materializedview, MaterializedView.CONCRETE_TYPE, MaterializedView.class, true, false),
    VIRTUALTABLE(EntityType.virtualtable, VirtualTable.CONCRETE_TYPE, VirtualTable.class, true, false),
    DOCKERREPO(EntityType.dockerrepo, DockerRepository.CONCRETE_TYPE, DockerRepository.class, false, false);

    private final EntityType wireType;
    private final String concreteType;
    private final Class<? extends Entity> modelClass;
    private final boolean versionable;
    private final boolean countsTowardChildLimit;

    EntityKind(EntityType wireType, String concreteType, Class<? extends Entity> modelClass, boolean versionable,
               boolean countsTowardChildLimit) {
        this.wireType = wireType;
        this.concreteType = concreteType;
        this.modelClass = modelClass;
        this.versionable = versionable;
        this.countsTowardChildLimit = countsTowardChildLimit;
    }

    public EntityType wireType() {
        return wireType;
    }

    public String concreteType() {
        return concreteType;
    }

    public Class<? extends Entity> modelClass() {
        return modelClass;
    }

    /** Has versionNumber/versionLabel/... fields. */
    public boolean versionable() {
        return versionable;
    }

    /** Whether {@code PUT ?newVersion=true} creates a version (ignored for tables and views; snapshots instead). */
    public boolean newVersionOnRequest() {
        return this == FILE;
    }

    /** Files, folders and links count toward the 10,000-children limit. */
    public boolean countsTowardChildLimit() {
        return countsTowardChildLimit;
    }

    /** Table-like types (their rows are queried with SQL). */
    public boolean tableLike() {
        return versionable && this != FILE;
    }

    /** Valid parent kinds; empty for a project (its parent is the root). */
    public Set<EntityKind> validParents() {
        return switch (this) {
            case PROJECT -> EnumSet.noneOf(EntityKind.class);
            case DOCKERREPO -> EnumSet.of(PROJECT);
            default -> EnumSet.of(PROJECT, FOLDER);
        };
    }

    public static Optional<EntityKind> byConcreteType(String ct) {
        return Arrays.stream(values()).filter(k -> k.concreteType.equals(ct)).findFirst();
    }

    public static Optional<EntityKind> byWireType(String t) {
        return Arrays.stream(values()).filter(k -> k.wireType.name().equals(t)).findFirst();
    }
}

package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/** Bundle to transport an Entity and related data objects. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class EntityBundle {
    private Entity entity;

    private EntityType entityType;

    private Annotations annotations;

    private UserEntityPermissions permissions;

    private EntityPath path;

    /** Whether or not this Entity has children. */
    private Boolean hasChildren;

    private AccessControlList accessControlList;

    /** FileHandles associated with this Entity. */
    private List<FileHandle> fileHandles;

    private TableBundle tableBundle;

    /** Id of the root Wiki associated with this Entity. */
    private String rootWikiId;

    private AccessControlList benefactorAcl;

    private DoiAssociation doiAssociation;

    /** If this Entity is a FileEntity, this is its filename. */
    private String fileName;

    /** Number of disucssion threads that reference this Entity. */
    private Long threadCount;

    private RestrictionInformationResponse restrictionInformation;

    private Activity activity;

    public Entity getEntity() {
        return entity;
    }

    public EntityBundle setEntity(Entity entity) {
        this.entity = entity;
        return this;
    }

    public EntityType getEntityType() {
        return entityType;
    }

    public EntityBundle setEntityType(EntityType entityType) {
        this.entityType = entityType;
        return this;
    }

    public Annotations getAnnotations() {
        return annotations;
    }

    public EntityBundle setAnnotations(Annotations annotations) {
        this.annotations = annotations;
        return this;
    }

    public UserEntityPermissions getPermissions() {
        return permissions;
    }

    public EntityBundle setPermissions(UserEntityPermissions permissions) {
        this.permissions = permissions;
        return this;
    }

    public EntityPath getPath() {
        return path;
    }

    public EntityBundle setPath(EntityPath path) {
        this.path = path;
        return this;
    }

    public Boolean getHasChildren() {
        return hasChildren;
    }

    public EntityBundle setHasChildren(Boolean hasChildren) {
        this.hasChildren = hasChildren;
        return this;
    }

    public AccessControlList getAccessControlList() {
        return accessControlList;
    }

    public EntityBundle setAccessControlList(AccessControlList accessControlList) {
        this.accessControlList = accessControlList;
        return this;
    }

    public List<FileHandle> getFileHandles() {
        return fileHandles;
    }

    public EntityBundle setFileHandles(List<FileHandle> fileHandles) {
        this.fileHandles = fileHandles;
        return this;
    }

    public TableBundle getTableBundle() {
        return tableBundle;
    }

    public EntityBundle setTableBundle(TableBundle tableBundle) {
        this.tableBundle = tableBundle;
        return this;
    }

    public String getRootWikiId() {
        return rootWikiId;
    }

    public EntityBundle setRootWikiId(String rootWikiId) {
        this.rootWikiId = rootWikiId;
        return this;
    }

    public AccessControlList getBenefactorAcl() {
        return benefactorAcl;
    }

    public EntityBundle setBenefactorAcl(AccessControlList benefactorAcl) {
        this.benefactorAcl = benefactorAcl;
        return this;
    }

    public DoiAssociation getDoiAssociation() {
        return doiAssociation;
    }

    public EntityBundle setDoiAssociation(DoiAssociation doiAssociation) {
        this.doiAssociation = doiAssociation;
        return this;
    }

    public String getFileName() {
        return fileName;
    }

    public EntityBundle setFileName(String fileName) {
        this.fileName = fileName;
        return this;
    }

    public Long getThreadCount() {
        return threadCount;
    }

    public EntityBundle setThreadCount(Long threadCount) {
        this.threadCount = threadCount;
        return this;
    }

    public RestrictionInformationResponse getRestrictionInformation() {
        return restrictionInformation;
    }

    public EntityBundle setRestrictionInformation(RestrictionInformationResponse restrictionInformation) {
        this.restrictionInformation = restrictionInformation;
        return this;
    }

    public Activity getActivity() {
        return activity;
    }

    public EntityBundle setActivity(Activity activity) {
        this.activity = activity;
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        EntityBundle that = (EntityBundle) o;
        return Objects.equals(entity, that.entity)
                && Objects.equals(entityType, that.entityType)
                && Objects.equals(annotations, that.annotations)
                && Objects.equals(permissions, that.permissions)
                && Objects.equals(path, that.path)
                && Objects.equals(hasChildren, that.hasChildren)
                && Objects.equals(accessControlList, that.accessControlList)
                && Objects.equals(fileHandles, that.fileHandles)
                && Objects.equals(tableBundle, that.tableBundle)
                && Objects.equals(rootWikiId, that.rootWikiId)
                && Objects.equals(benefactorAcl, that.benefactorAcl)
                && Objects.equals(doiAssociation, that.doiAssociation)
                && Objects.equals(fileName, that.fileName)
                && Objects.equals(threadCount, that.threadCount)
                && Objects.equals(restrictionInformation, that.restrictionInformation)
                && Objects.equals(activity, that.activity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(entity, entityType, annotations, permissions, path, hasChildren,
                accessControlList, fileHandles, tableBundle, rootWikiId, benefactorAcl, doiAssociation,
                fileName, threadCount, restrictionInformation, activity);
    }

    @Override
    public String toString() {
        return "EntityBundle{"
                + "entity=" + entity
                + ", entityType=" + entityType
                + ", annotations=" + annotations
                + ", permissions=" + permissions
                + ", path=" + path
                + ", hasChildren=" + hasChildren
                + ", accessControlList=" + accessControlList
                + ", fileHandles=" + fileHandles
                + ", tableBundle=" + tableBundle
                + ", rootWikiId=" + rootWikiId
                + ", benefactorAcl=" + benefactorAcl
                + ", doiAssociation=" + doiAssociation
                + ", fileName=" + fileName
                + ", threadCount=" + threadCount
                + ", restrictionInformation=" + restrictionInformation
                + ", activity=" + activity
                + '}';
    }
}

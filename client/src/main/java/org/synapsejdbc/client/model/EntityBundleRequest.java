package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/** Specifies what fields to include in an EntityBundle. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class EntityBundleRequest {
    /** Include the Entity in the response. */
    private Boolean includeEntity;

    /** Include Annotations associated with the Entity in the response. */
    private Boolean includeAnnotations;

    /** Include permissions of the current user on the entity. */
    private Boolean includePermissions;

    /** Include EntityHeaders for all Entities in this Entity's path. */
    private Boolean includeEntityPath;

    /** Include boolean indicating whether this Entity has children. */
    private Boolean includeHasChildren;

    /** Include the AccessControlList for this Entity. */
    private Boolean includeAccessControlList;

    /** Include all FileHandles associated with this Entity. */
    private Boolean includeFileHandles;

    /** If the Entity is a TableEntity, include Table specific metadata. */
    private Boolean includeTableBundle;

    /** Include the id of the root Wiki associated with this Entity. */
    private Boolean includeRootWikiId;

    /** Include the ACL of the Entity from which this Entity inherits its AccessControlList. */
    private Boolean includeBenefactorACL;

    /** Include DOIs associated with this Entity. */
    private Boolean includeDOIAssociation;

    /** If this Entity is a FileEntity, include its filename. */
    private Boolean includeFileName;

    /** Include the number of discussion threads that mention this Entity. */
    private Boolean includeThreadCount;

    /** Include the RestrictionLevel of this Entity. */
    private Boolean includeRestrictionInformation;

    /** Include the Activity of this Entity. */
    private Boolean includeActivity;

    public Boolean getIncludeEntity() {
        return includeEntity;
    }

    public EntityBundleRequest setIncludeEntity(Boolean includeEntity) {
        this.includeEntity = includeEntity;
        return this;
    }

    public Boolean getIncludeAnnotations() {
        return includeAnnotations;
    }

    public EntityBundleRequest setIncludeAnnotations(Boolean includeAnnotations) {
        this.includeAnnotations = includeAnnotations;
        return this;
    }

    public Boolean getIncludePermissions() {
        return includePermissions;
    }

    public EntityBundleRequest setIncludePermissions(Boolean includePermissions) {
        this.includePermissions = includePermissions;
        return this;
    }

    public Boolean getIncludeEntityPath() {
        return includeEntityPath;
    }

    public EntityBundleRequest setIncludeEntityPath(Boolean includeEntityPath) {
        this.includeEntityPath = includeEntityPath;
        return this;
    }

    public Boolean getIncludeHasChildren() {
        return includeHasChildren;
    }

    public EntityBundleRequest setIncludeHasChildren(Boolean includeHasChildren) {
        this.includeHasChildren = includeHasChildren;
        return this;
    }

    public Boolean getIncludeAccessControlList() {
        return includeAccessControlList;
    }

    public EntityBundleRequest setIncludeAccessControlList(Boolean includeAccessControlList) {
        this.includeAccessControlList = includeAccessControlList;
        return this;
    }

    public Boolean getIncludeFileHandles() {
        return includeFileHandles;
    }

    public EntityBundleRequest setIncludeFileHandles(Boolean includeFileHandles) {
        this.includeFileHandles = includeFileHandles;
        return this;
    }

    public Boolean getIncludeTableBundle() {
        return includeTableBundle;
    }

    public EntityBundleRequest setIncludeTableBundle(Boolean includeTableBundle) {
        this.includeTableBundle = includeTableBundle;
        return this;
    }

    public Boolean getIncludeRootWikiId() {
        return includeRootWikiId;
    }

    public EntityBundleRequest setIncludeRootWikiId(Boolean includeRootWikiId) {
        this.includeRootWikiId = includeRootWikiId;
        return this;
    }

    public Boolean getIncludeBenefactorACL() {
        return includeBenefactorACL;
    }

    public EntityBundleRequest setIncludeBenefactorACL(Boolean includeBenefactorACL) {
        this.includeBenefactorACL = includeBenefactorACL;
        return this;
    }

    public Boolean getIncludeDOIAssociation() {
        return includeDOIAssociation;
    }

    public EntityBundleRequest setIncludeDOIAssociation(Boolean includeDOIAssociation) {
        this.includeDOIAssociation = includeDOIAssociation;
        return this;
    }

    public Boolean getIncludeFileName() {
        return includeFileName;
    }

    public EntityBundleRequest setIncludeFileName(Boolean includeFileName) {
        this.includeFileName = includeFileName;
        return this;
    }

    public Boolean getIncludeThreadCount() {
        return includeThreadCount;
    }

    public EntityBundleRequest setIncludeThreadCount(Boolean includeThreadCount) {
        this.includeThreadCount = includeThreadCount;
        return this;
    }

    public Boolean getIncludeRestrictionInformation() {
        return includeRestrictionInformation;
    }

    public EntityBundleRequest setIncludeRestrictionInformation(Boolean includeRestrictionInformation) {
        this.includeRestrictionInformation = includeRestrictionInformation;
        return this;
    }

    public Boolean getIncludeActivity() {
        return includeActivity;
    }

    public EntityBundleRequest setIncludeActivity(Boolean includeActivity) {
        this.includeActivity = includeActivity;
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
        EntityBundleRequest that = (EntityBundleRequest) o;
        return Objects.equals(includeEntity, that.includeEntity)
                && Objects.equals(includeAnnotations, that.includeAnnotations)
                && Objects.equals(includePermissions, that.includePermissions)
                && Objects.equals(includeEntityPath, that.includeEntityPath)
                && Objects.equals(includeHasChildren, that.includeHasChildren)
                && Objects.equals(includeAccessControlList, that.includeAccessControlList)
                && Objects.equals(includeFileHandles, that.includeFileHandles)
                && Objects.equals(includeTableBundle, that.includeTableBundle)
                && Objects.equals(includeRootWikiId, that.includeRootWikiId)
                && Objects.equals(includeBenefactorACL, that.includeBenefactorACL)
                && Objects.equals(includeDOIAssociation, that.includeDOIAssociation)
                && Objects.equals(includeFileName, that.includeFileName)
                && Objects.equals(includeThreadCount, that.includeThreadCount)
                && Objects.equals(includeRestrictionInformation, that.includeRestrictionInformation)
                && Objects.equals(includeActivity, that.includeActivity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(includeEntity, includeAnnotations, includePermissions, includeEntityPath,
                includeHasChildren, includeAccessControlList, includeFileHandles, includeTableBundle,
                includeRootWikiId, includeBenefactorACL, includeDOIAssociation, includeFileName,
                includeThreadCount, includeRestrictionInformation, includeActivity);
    }

    @Override
    public String toString() {
        return "EntityBundleRequest{"
                + "includeEntity=" + includeEntity
                + ", includeAnnotations=" + includeAnnotations
                + ", includePermissions=" + includePermissions
                + ", includeEntityPath=" + includeEntityPath
                + ", includeHasChildren=" + includeHasChildren
                + ", includeAccessControlList=" + includeAccessControlList
                + ", includeFileHandles=" + includeFileHandles
                + ", includeTableBundle=" + includeTableBundle
                + ", includeRootWikiId=" + includeRootWikiId
                + ", includeBenefactorACL=" + includeBenefactorACL
                + ", includeDOIAssociation=" + includeDOIAssociation
                + ", includeFileName=" + includeFileName
                + ", includeThreadCount=" + includeThreadCount
                + ", includeRestrictionInformation=" + includeRestrictionInformation
                + ", includeActivity=" + includeActivity
                + '}';
    }
}

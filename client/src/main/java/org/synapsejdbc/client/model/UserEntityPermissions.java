package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/** The permission a User has for a given Entity. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class UserEntityPermissions {
    /** Can the user view this entity?. */
    private Boolean canView;

    /** Can the user edit this entity?. */
    private Boolean canEdit;

    /** Can the user move this entity by changing its parentId?. */
    private Boolean canMove;

    /** Can the user add a child entity to this entity?. */
    private Boolean canAddChild;

    /** Can the user edit this entity once they become a Certified User?. */
    private Boolean canCertifiedUserEdit;

    /** Can the user add a child entity to this entity once they become a Certified User?. */
    private Boolean canCertifiedUserAddChild;

    /** True, if the user has passed the user certification quiz. */
    private Boolean isCertifiedUser;

    /** Can the user change the permissions of this entity?. */
    private Boolean canChangePermissions;

    /** Can the user change the settings of this entity?. */
    private Boolean canChangeSettings;

    /** Can the user delete this entity?. */
    private Boolean canDelete;

    /** Are there any access requirements precluding the user from downloading this entity?. */
    private Boolean canDownload;

    /** Did the user sign the current terms of service?. */
    private Boolean canUpload;

    /** Can the user delete the entity's access control list (so it inherits settings from an ancestor)?. */
    private Boolean canEnableInheritance;

    /** The principal ID of the entity's owner (i.e. the entity's 'createdBy'). */
    private Long ownerPrincipalId;

    /** Is this entity considered public?. */
    private Boolean canPublicRead;

    /** Can the user moderate the forum associated with this entity? Note that only project entity has forum. */
    private Boolean canModerate;

    /** Is the certification requirement enabled for the project of the entity?. */
    private Boolean isCertificationRequired;

    /**
     * Returns true if the Entity's DateType equals 'OPEN_DATA', indicating that the data is safe to be released to
     * the public.
     */
    private Boolean isEntityOpenData;

    /** True if the user is considered a data contributor, e.g. has update and delete permissions on the data. */
    private Boolean isDataContributor;

    public Boolean getCanView() {
        return canView;
    }

    public UserEntityPermissions setCanView(Boolean canView) {
        this.canView = canView;
        return this;
    }

    public Boolean getCanEdit() {
        return canEdit;
    }

    public UserEntityPermissions setCanEdit(Boolean canEdit) {
        this.canEdit = canEdit;
        return this;
    }

    public Boolean getCanMove() {
        return canMove;
    }

    public UserEntityPermissions setCanMove(Boolean canMove) {
        this.canMove = canMove;
        return this;
    }

    public Boolean getCanAddChild() {
        return canAddChild;
    }

    public UserEntityPermissions setCanAddChild(Boolean canAddChild) {
        this.canAddChild = canAddChild;
        return this;
    }

    public Boolean getCanCertifiedUserEdit() {
        return canCertifiedUserEdit;
    }

    public UserEntityPermissions setCanCertifiedUserEdit(Boolean canCertifiedUserEdit) {
        this.canCertifiedUserEdit = canCertifiedUserEdit;
        return this;
    }

    public Boolean getCanCertifiedUserAddChild() {
        return canCertifiedUserAddChild;
    }

    public UserEntityPermissions setCanCertifiedUserAddChild(Boolean canCertifiedUserAddChild) {
        this.canCertifiedUserAddChild = canCertifiedUserAddChild;
        return this;
    }

    public Boolean getIsCertifiedUser() {
        return isCertifiedUser;
    }

    public UserEntityPermissions setIsCertifiedUser(Boolean isCertifiedUser) {
        this.isCertifiedUser = isCertifiedUser;
        return this;
    }

    public Boolean getCanChangePermissions() {
        return canChangePermissions;
    }

    public UserEntityPermissions setCanChangePermissions(Boolean canChangePermissions) {
        this.canChangePermissions = canChangePermissions;
        return this;
    }

    public Boolean getCanChangeSettings() {
        return canChangeSettings;
    }

    public UserEntityPermissions setCanChangeSettings(Boolean canChangeSettings) {
        this.canChangeSettings = canChangeSettings;
        return this;
    }

    public Boolean getCanDelete() {
        return canDelete;
    }

    public UserEntityPermissions setCanDelete(Boolean canDelete) {
        this.canDelete = canDelete;
        return this;
    }

    public Boolean getCanDownload() {
        return canDownload;
    }

    public UserEntityPermissions setCanDownload(Boolean canDownload) {
        this.canDownload = canDownload;
        return this;
    }

    public Boolean getCanUpload() {
        return canUpload;
    }

    public UserEntityPermissions setCanUpload(Boolean canUpload) {
        this.canUpload = canUpload;
        return this;
    }

    public Boolean getCanEnableInheritance() {
        return canEnableInheritance;
    }

    public UserEntityPermissions setCanEnableInheritance(Boolean canEnableInheritance) {
        this.canEnableInheritance = canEnableInheritance;
        return this;
    }

    public Long getOwnerPrincipalId() {
        return ownerPrincipalId;
    }

    public UserEntityPermissions setOwnerPrincipalId(Long ownerPrincipalId) {
        this.ownerPrincipalId = ownerPrincipalId;
        return this;
    }

    public Boolean getCanPublicRead() {
        return canPublicRead;
    }

    public UserEntityPermissions setCanPublicRead(Boolean canPublicRead) {
        this.canPublicRead = canPublicRead;
        return this;
    }

    public Boolean getCanModerate() {
        return canModerate;
    }

    public UserEntityPermissions setCanModerate(Boolean canModerate) {
        this.canModerate = canModerate;
        return this;
    }

    public Boolean getIsCertificationRequired() {
        return isCertificationRequired;
    }

    public UserEntityPermissions setIsCertificationRequired(Boolean isCertificationRequired) {
        this.isCertificationRequired = isCertificationRequired;
        return this;
    }

    public Boolean getIsEntityOpenData() {
        return isEntityOpenData;
    }

    public UserEntityPermissions setIsEntityOpenData(Boolean isEntityOpenData) {
        this.isEntityOpenData = isEntityOpenData;
        return this;
    }

    public Boolean getIsDataContributor() {
        return isDataContributor;
    }

    public UserEntityPermissions setIsDataContributor(Boolean isDataContributor) {
        this.isDataContributor = isDataContributor;
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
        UserEntityPermissions that = (UserEntityPermissions) o;
        return Objects.equals(canView, that.canView)
                && Objects.equals(canEdit, that.canEdit)
                && Objects.equals(canMove, that.canMove)
                && Objects.equals(canAddChild, that.canAddChild)
                && Objects.equals(canCertifiedUserEdit, that.canCertifiedUserEdit)
                && Objects.equals(canCertifiedUserAddChild, that.canCertifiedUserAddChild)
                && Objects.equals(isCertifiedUser, that.isCertifiedUser)
                && Objects.equals(canChangePermissions, that.canChangePermissions)
                && Objects.equals(canChangeSettings, that.canChangeSettings)
                && Objects.equals(canDelete, that.canDelete)
                && Objects.equals(canDownload, that.canDownload)
                && Objects.equals(canUpload, that.canUpload)
                && Objects.equals(canEnableInheritance, that.canEnableInheritance)
                && Objects.equals(ownerPrincipalId, that.ownerPrincipalId)
                && Objects.equals(canPublicRead, that.canPublicRead)
                && Objects.equals(canModerate, that.canModerate)
                && Objects.equals(isCertificationRequired, that.isCertificationRequired)
                && Objects.equals(isEntityOpenData, that.isEntityOpenData)
                && Objects.equals(isDataContributor, that.isDataContributor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(canView, canEdit, canMove, canAddChild, canCertifiedUserEdit,
                canCertifiedUserAddChild, isCertifiedUser, canChangePermissions, canChangeSettings,
                canDelete, canDownload, canUpload, canEnableInheritance, ownerPrincipalId, canPublicRead,
                canModerate, isCertificationRequired, isEntityOpenData, isDataContributor);
    }

    @Override
    public String toString() {
        return "UserEntityPermissions{"
                + "canView=" + canView
                + ", canEdit=" + canEdit
                + ", canMove=" + canMove
                + ", canAddChild=" + canAddChild
                + ", canCertifiedUserEdit=" + canCertifiedUserEdit
                + ", canCertifiedUserAddChild=" + canCertifiedUserAddChild
                + ", isCertifiedUser=" + isCertifiedUser
                + ", canChangePermissions=" + canChangePermissions
                + ", canChangeSettings=" + canChangeSettings
                + ", canDelete=" + canDelete
                + ", canDownload=" + canDownload
                + ", canUpload=" + canUpload
                + ", canEnableInheritance=" + canEnableInheritance
                + ", ownerPrincipalId=" + ownerPrincipalId
                + ", canPublicRead=" + canPublicRead
                + ", canModerate=" + canModerate
                + ", isCertificationRequired=" + isCertificationRequired
                + ", isEntityOpenData=" + isEntityOpenData
                + ", isDataContributor=" + isDataContributor
                + '}';
    }
}

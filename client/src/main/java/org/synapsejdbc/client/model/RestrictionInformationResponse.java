package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/** The information about restriction level on a restrict-able object. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class RestrictionInformationResponse {
    /** The id of the restrictable object. */
    private Long objectId;

    /** Restriction level on a restrict-able object. */
    private RestrictionLevel restrictionLevel;

    /** True if user has at least one unmet access requirement on this restrict-able object; false otherwise. */
    private Boolean hasUnmetAccessRequirement;

    /** The user's permissions on the entity. */
    private UserEntityPermissions userEntityPermissions;

    /**
     * The list of restriction fulfillment information for each access requirement that applies to the restrictable
     * object.
     */
    private List<RestrictionFulfillment> restrictionDetails;

    public Long getObjectId() {
        return objectId;
    }

    public RestrictionInformationResponse setObjectId(Long objectId) {
        this.objectId = objectId;
        return this;
    }

    public RestrictionLevel getRestrictionLevel() {
        return restrictionLevel;
    }

    public RestrictionInformationResponse setRestrictionLevel(RestrictionLevel restrictionLevel) {
        this.restrictionLevel = restrictionLevel;
        return this;
    }

    public Boolean getHasUnmetAccessRequirement() {
        return hasUnmetAccessRequirement;
    }

    public RestrictionInformationResponse setHasUnmetAccessRequirement(Boolean hasUnmetAccessRequirement) {
        this.hasUnmetAccessRequirement = hasUnmetAccessRequirement;
        return this;
    }

    public UserEntityPermissions getUserEntityPermissions() {
        return userEntityPermissions;
    }

    public RestrictionInformationResponse setUserEntityPermissions(UserEntityPermissions userEntityPermissions) {
        this.userEntityPermissions = userEntityPermissions;
        return this;
    }

    public List<RestrictionFulfillment> getRestrictionDetails() {
        return restrictionDetails;
    }

    public RestrictionInformationResponse setRestrictionDetails(List<RestrictionFulfillment> restrictionDetails) {
        this.restrictionDetails = restrictionDetails;
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
        RestrictionInformationResponse that = (RestrictionInformationResponse) o;
        return Objects.equals(objectId, that.objectId)
                && Objects.equals(restrictionLevel, that.restrictionLevel)
                && Objects.equals(hasUnmetAccessRequirement, that.hasUnmetAccessRequirement)
                && Objects.equals(userEntityPermissions, that.userEntityPermissions)
                && Objects.equals(restrictionDetails, that.restrictionDetails);
    }

    @Override
    public int hashCode() {
        return Objects.hash(objectId, restrictionLevel, hasUnmetAccessRequirement, userEntityPermissions,
                restrictionDetails);
    }

    @Override
    public String toString() {
        return "RestrictionInformationResponse{"
                + "objectId=" + objectId
                + ", restrictionLevel=" + restrictionLevel
                + ", hasUnmetAccessRequirement=" + hasUnmetAccessRequirement
                + ", userEntityPermissions=" + userEntityPermissions
                + ", restrictionDetails=" + restrictionDetails
                + '}';
    }
}

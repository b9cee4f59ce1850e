package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/**
 * Provides information about a restriction fulfillment for a user in the context of a restrictable object and access
 * requirement.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class RestrictionFulfillment {
    /** The id of the access requirement that applies. */
    private Long accessRequirementId;

    /** True if the user has an approval for the access requirement or if they are the owner of the data. */
    private Boolean isApproved;

    /** True if the user meets the access requirement. */
    private Boolean isMet;

    /** True if the user is both a data contributor and eligible for exemption on the access requirement. */
    private Boolean isExempt;

    public Long getAccessRequirementId() {
        return accessRequirementId;
    }

    public RestrictionFulfillment setAccessRequirementId(Long accessRequirementId) {
        this.accessRequirementId = accessRequirementId;
        return this;
    }

    public Boolean getIsApproved() {
        return isApproved;
    }

    public RestrictionFulfillment setIsApproved(Boolean isApproved) {
        this.isApproved = isApproved;
        return this;
    }

    public Boolean getIsMet() {
        return isMet;
    }

    public RestrictionFulfillment setIsMet(Boolean isMet) {
        this.isMet = isMet;
        return this;
    }

    public Boolean getIsExempt() {
        return isExempt;
    }

    public RestrictionFulfillment setIsExempt(Boolean isExempt) {
        this.isExempt = isExempt;
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
        RestrictionFulfillment that = (RestrictionFulfillment) o;
        return Objects.equals(accessRequirementId, that.accessRequirementId)
                && Objects.equals(isApproved, that.isApproved)
                && Objects.equals(isMet, that.isMet)
                && Objects.equals(isExempt, that.isExempt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessRequirementId, isApproved, isMet, isExempt);
    }

    @Override
    public String toString() {
        return "RestrictionFulfillment{"
                + "accessRequirementId=" + accessRequirementId
                + ", isApproved=" + isApproved
                + ", isMet=" + isMet
                + ", isExempt=" + isExempt
                + '}';
    }
}

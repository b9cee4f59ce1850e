package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.time.Instant;
import java.util.Objects;

/** All fields that associate a Synapse object with a DOI. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class DoiAssociation {
    /** The unique ID of this DOI stored in Synapse. */
    private String associationId;

    /** For Optimistic Concurrency Control (OCC). */
    private String etag;

    /** The unique URI of this DOI to which the resource can be resolved. */
    private String doiUri;

    /** The DOI URL that will point to the Synapse object. */
    private String doiUrl;

    /** Required. The ID of the digital object in Synapse for which this DOI is created. */
    private String objectId;

    /** Required. The type of the digital object. */
    private ObjectType objectType;

    /** Optional. The version of the digital object. */
    private Long objectVersion;

    /** The ID of the user that creates this DOI. */
    private String associatedBy;

    /** The date time this DOI is first created. */
    private Instant associatedOn;

    /** The ID of the user that last updated this DOI. */
    private String updatedBy;

    /** The date time this DOI is last updated. */
    private Instant updatedOn;

    public String getAssociationId() {
        return associationId;
    }

    public DoiAssociation setAssociationId(String associationId) {
        this.associationId = associationId;
        return this;
    }

    public String getEtag() {
        return etag;
    }

    public DoiAssociation setEtag(String etag) {
        this.etag = etag;
        return this;
    }

    public String getDoiUri() {
        return doiUri;
    }

    public DoiAssociation setDoiUri(String doiUri) {
        this.doiUri = doiUri;
        return this;
    }

    public String getDoiUrl() {
        return doiUrl;
    }

    public DoiAssociation setDoiUrl(String doiUrl) {
        this.doiUrl = doiUrl;
        return this;
    }

    public String getObjectId() {
        return objectId;
    }

    public DoiAssociation setObjectId(String objectId) {
        this.objectId = objectId;
        return this;
    }

    public ObjectType getObjectType() {
        return objectType;
    }

    public DoiAssociation setObjectType(ObjectType objectType) {
        this.objectType = objectType;
        return this;
    }

    public Long getObjectVersion() {
        return objectVersion;
    }

    public DoiAssociation setObjectVersion(Long objectVersion) {
        this.objectVersion = objectVersion;
        return this;
    }

    public String getAssociatedBy() {
        return associatedBy;
    }

    public DoiAssociation setAssociatedBy(String associatedBy) {
        this.associatedBy = associatedBy;
        return this;
    }

    public Instant getAssociatedOn() {
        return associatedOn;
    }

    public DoiAssociation setAssociatedOn(Instant associatedOn) {
        this.associatedOn = associatedOn;
        return this;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public DoiAssociation setUpdatedBy(String updatedBy) {
        this.updatedBy = updatedBy;
        return this;
    }

    public Instant getUpdatedOn() {
        return updatedOn;
    }

    public DoiAssociation setUpdatedOn(Instant updatedOn) {
        this.updatedOn = updatedOn;
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
        DoiAssociation that = (DoiAssociation) o;
        return Objects.equals(associationId, that.associationId)
                && Objects.equals(etag, that.etag)
                && Objects.equals(doiUri, that.doiUri)
                && Objects.equals(doiUrl, that.doiUrl)
                && Objects.equals(objectId, that.objectId)
                && Objects.equals(objectType, that.objectType)
                && Objects.equals(objectVersion, that.objectVersion)
                && Objects.equals(associatedBy, that.associatedBy)
                && Objects.equals(associatedOn, that.associatedOn)
                && Objects.equals(updatedBy, that.updatedBy)
                && Objects.equals(updatedOn, that.updatedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(associationId, etag, doiUri, doiUrl, objectId, objectType, objectVersion,
                associatedBy, associatedOn, updatedBy, updatedOn);
    }

    @Override
    public String toString() {
        return "DoiAssociation{"
                + "associationId=" + associationId
                + ", etag=" + etag
                + ", doiUri=" + doiUri
                + ", doiUrl=" + doiUrl
                + ", objectId=" + objectId
                + ", objectType=" + objectType
                + ", objectVersion=" + objectVersion
                + ", associatedBy=" + associatedBy
                + ", associatedOn=" + associatedOn
                + ", updatedBy=" + updatedBy
                + ", updatedOn=" + updatedOn
                + '}';
    }
}

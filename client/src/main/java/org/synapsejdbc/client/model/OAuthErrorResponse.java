package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.Objects;

/** An error body returned by Synapse's OAuth 2.0 services (RFC 6749 fields plus {@code reason}). */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(OAuthErrorResponse.CONCRETE_TYPE)
public class OAuthErrorResponse extends ErrorResponse {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.OAuthErrorResponse";

    /** A short code for the error encountered, typically defined by OAuth 2 specifications. */
    private String error;

    /** A human-readable description of the error that occurred. */
    @JsonProperty("error_description")
    private String errorDescription;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    public String getError() {
        return error;
    }

    public OAuthErrorResponse setError(String error) {
        this.error = error;
        return this;
    }

    public String getErrorDescription() {
        return errorDescription;
    }

    public OAuthErrorResponse setErrorDescription(String errorDescription) {
        this.errorDescription = errorDescription;
        return this;
    }

    @Override
    public OAuthErrorResponse setReason(String reason) {
        super.setReason(reason);
        return this;
    }

    @Override
    public OAuthErrorResponse setErrorCode(ErrorResponseCode errorCode) {
        super.setErrorCode(errorCode);
        return this;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!super.equals(o)) {
            return false;
        }
        OAuthErrorResponse that = (OAuthErrorResponse) o;
        return Objects.equals(error, that.error)
                && Objects.equals(errorDescription, that.errorDescription);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), error, errorDescription);
    }

    @Override
    public String toString() {
        return "OAuthErrorResponse{"
                + "reason=" + getReason()
                + ", errorCode=" + getErrorCode()
                + ", error=" + error
                + ", errorDescription=" + errorDescription
                + '}';
    }
}

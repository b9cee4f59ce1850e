package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.Objects;

/** The body Synapse sends with an error status. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(ErrorResponse.CONCRETE_TYPE)
public class ErrorResponse implements BaseError {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.ErrorResponse";

    /** The reason for the error. */
    private String reason;

    /** A code to be used by clients to handle the error. */
    // An error body must stay readable when Synapse adds a code this client does not know.
    @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
    private ErrorResponseCode errorCode;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    public String getReason() {
        return reason;
    }

    public ErrorResponse setReason(String reason) {
        this.reason = reason;
        return this;
    }

    public ErrorResponseCode getErrorCode() {
        return errorCode;
    }

    public ErrorResponse setErrorCode(ErrorResponseCode errorCode) {
        this.errorCode = errorCode;
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
        ErrorResponse that = (ErrorResponse) o;
        return Objects.equals(reason, that.reason)
                && Objects.equals(errorCode, that.errorCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(reason, errorCode);
    }

    @Override
    public String toString() {
        return "ErrorResponse{"
                + "reason=" + reason
                + ", errorCode=" + errorCode
                + '}';
    }
}

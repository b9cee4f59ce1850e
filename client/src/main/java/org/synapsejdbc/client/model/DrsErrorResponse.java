package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.Objects;

/** An error body returned by Synapse's GA4GH DRS services. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(DrsErrorResponse.CONCRETE_TYPE)
public class DrsErrorResponse implements BaseError {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.drs.DrsErrorResponse";

    /** A detailed error message. */
    private String msg;

    /** The integer representing the HTTP status code (e.g. 200, 404). */
    @JsonProperty("status_code")
    private Long statusCode;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    public String getMsg() {
        return msg;
    }

    public DrsErrorResponse setMsg(String msg) {
        this.msg = msg;
        return this;
    }

    public Long getStatusCode() {
        return statusCode;
    }

    public DrsErrorResponse setStatusCode(Long statusCode) {
        this.statusCode = statusCode;
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
        DrsErrorResponse that = (DrsErrorResponse) o;
        return Objects.equals(msg, that.msg)
                && Objects.equals(statusCode, that.statusCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(msg, statusCode);
    }

    @Override
    public String toString() {
        return "DrsErrorResponse{"
                + "msg=" + msg
                + ", statusCode=" + statusCode
                + '}';
    }
}

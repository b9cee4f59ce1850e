package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.Objects;

/** An error body for requests that require two-factor authentication. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(TwoFactorAuthErrorResponse.CONCRETE_TYPE)
public class TwoFactorAuthErrorResponse extends ErrorResponse {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.auth.TwoFactorAuthErrorResponse";

    /** The id of the user that attempted to authenticate. */
    private Long userId;

    /** Token included when two factor authentication is required. */
    private String twoFaToken;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    public Long getUserId() {
        return userId;
    }

    public TwoFactorAuthErrorResponse setUserId(Long userId) {
        this.userId = userId;
        return this;
    }

    public String getTwoFaToken() {
        return twoFaToken;
    }

    public TwoFactorAuthErrorResponse setTwoFaToken(String twoFaToken) {
        this.twoFaToken = twoFaToken;
        return this;
    }

    @Override
    public TwoFactorAuthErrorResponse setReason(String reason) {
        super.setReason(reason);
        return this;
    }

    @Override
    public TwoFactorAuthErrorResponse setErrorCode(ErrorResponseCode errorCode) {
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
        TwoFactorAuthErrorResponse that = (TwoFactorAuthErrorResponse) o;
        return Objects.equals(userId, that.userId)
                && Objects.equals(twoFaToken, that.twoFaToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(super.hashCode(), userId, twoFaToken);
    }

    @Override
    public String toString() {
        return "TwoFactorAuthErrorResponse{"
                + "reason=" + getReason()
                + ", errorCode=" + getErrorCode()
                + ", userId=" + userId
                + ", twoFaToken=" + (twoFaToken == null ? null : "***")
                + '}';
    }
}

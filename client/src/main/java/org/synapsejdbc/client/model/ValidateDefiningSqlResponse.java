package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/** The response body from validateDefiningSql. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ValidateDefiningSqlResponse {
    /** True if the provided SQL is valid, false otherwise. */
    private Boolean isValid;

    /** If the definingSQL is invalid, this will contain a string describing why it is invalid. */
    private String invalidReason;

    public Boolean getIsValid() {
        return isValid;
    }

    public ValidateDefiningSqlResponse setIsValid(Boolean isValid) {
        this.isValid = isValid;
        return this;
    }

    public String getInvalidReason() {
        return invalidReason;
    }

    public ValidateDefiningSqlResponse setInvalidReason(String invalidReason) {
        this.invalidReason = invalidReason;
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
        ValidateDefiningSqlResponse that = (ValidateDefiningSqlResponse) o;
        return Objects.equals(isValid, that.isValid)
                && Objects.equals(invalidReason, that.invalidReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(isValid, invalidReason);
    }

    @Override
    public String toString() {
        return "ValidateDefiningSqlResponse{"
                + "isValid=" + isValid
                + ", invalidReason=" + invalidReason
                + '}';
    }
}

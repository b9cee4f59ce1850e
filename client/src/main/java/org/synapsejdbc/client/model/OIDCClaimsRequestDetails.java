package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/** OIDC Core 1.0 Claims Request value. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class OIDCClaimsRequestDetails {
    private Boolean essential;

    private String value;

    private List<String> values;

    public Boolean getEssential() {
        return essential;
    }

    public OIDCClaimsRequestDetails setEssential(Boolean essential) {
        this.essential = essential;
        return this;
    }

    public String getValue() {
        return value;
    }

    public OIDCClaimsRequestDetails setValue(String value) {
        this.value = value;
        return this;
    }

    public List<String> getValues() {
        return values;
    }

    public OIDCClaimsRequestDetails setValues(List<String> values) {
        this.values = values;
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
        OIDCClaimsRequestDetails that = (OIDCClaimsRequestDetails) o;
        return Objects.equals(essential, that.essential)
                && Objects.equals(value, that.value)
                && Objects.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(essential, value, values);
    }

    @Override
    public String toString() {
        return "OIDCClaimsRequestDetails{"
                + "essential=" + essential
                + ", value=" + value
                + ", values=" + values
                + '}';
    }
}

package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonTypeName;

import java.util.Objects;

/** A provenance input identified by a URL. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonPropertyOrder("concreteType")
@JsonTypeName(UsedURL.CONCRETE_TYPE)
public class UsedURL implements Used {
    /** The {@code concreteType} that identifies this class on the wire. */
    public static final String CONCRETE_TYPE = "org.sagebionetworks.repo.model.provenance.UsedURL";

    /** The enclosed entity was used and also executed in the Activity. */
    private Boolean wasExecuted;

    /** The external URL of the file that was used. */
    private String name;

    /** The external URL of the file that was used. */
    private String url;

    @Override
    @JsonProperty(value = "concreteType", access = JsonProperty.Access.READ_ONLY)
    public String getConcreteType() {
        return CONCRETE_TYPE;
    }

    @Override
    public Boolean getWasExecuted() {
        return wasExecuted;
    }

    @Override
    public UsedURL setWasExecuted(Boolean wasExecuted) {
        this.wasExecuted = wasExecuted;
        return this;
    }

    public String getName() {
        return name;
    }

    public UsedURL setName(String name) {
        this.name = name;
        return this;
    }

    public String getUrl() {
        return url;
    }

    public UsedURL setUrl(String url) {
        this.url = url;
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
        UsedURL that = (UsedURL) o;
        return Objects.equals(wasExecuted, that.wasExecuted)
                && Objects.equals(name, that.name)
                && Objects.equals(url, that.url);
    }

    @Override
    public int hashCode() {
        return Objects.hash(wasExecuted, name, url);
    }

    @Override
    public String toString() {
        return "UsedURL{"
                + "wasExecuted=" + wasExecuted
                + ", name=" + name
                + ", url=" + url
                + '}';
    }
}

package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.List;
import java.util.Objects;

/** The permissions an access control list grants to one principal. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class ResourceAccess {
    /** The id of the principal who is granted access. */
    private Long principalId;

    /** A list of types of access granted to the given principal. */
    private List<ACCESS_TYPE> accessType;

    public Long getPrincipalId() {
        return principalId;
    }

    public ResourceAccess setPrincipalId(Long principalId) {
        this.principalId = principalId;
        return this;
    }

    public List<ACCESS_TYPE> getAccessType() {
        return accessType;
    }

    public ResourceAccess setAccessType(List<ACCESS_TYPE> accessType) {
        this.accessType = accessType;
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
        ResourceAccess that = (ResourceAccess) o;
        return Objects.equals(principalId, that.principalId)
                && Objects.equals(accessType, that.accessType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(principalId, accessType);
    }

    @Override
    public String toString() {
        return "ResourceAccess{"
                + "principalId=" + principalId
                + ", accessType=" + accessType
                + '}';
    }
}

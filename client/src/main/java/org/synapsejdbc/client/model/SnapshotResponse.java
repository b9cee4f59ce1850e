package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/** Response to creating a snapshot of a table of view. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class SnapshotResponse {
    /** The version number of the resulting snapshot. */
    private Long snapshotVersionNumber;

    public Long getSnapshotVersionNumber() {
        return snapshotVersionNumber;
    }

    public SnapshotResponse setSnapshotVersionNumber(Long snapshotVersionNumber) {
        this.snapshotVersionNumber = snapshotVersionNumber;
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
        SnapshotResponse that = (SnapshotResponse) o;
        return Objects.equals(snapshotVersionNumber, that.snapshotVersionNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(snapshotVersionNumber);
    }

    @Override
    public String toString() {
        return "SnapshotResponse{"
                + "snapshotVersionNumber=" + snapshotVersionNumber
                + '}';
    }
}

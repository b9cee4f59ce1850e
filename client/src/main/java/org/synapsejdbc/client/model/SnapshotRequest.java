package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/** Request to create a new snapshot of a table or view. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class SnapshotRequest {
    /** Optional. If createNewSnapshot=true, the comment to be applied to the snapshot version. */
    private String snapshotComment;

    /** Optional. If createNewSnapshot=true, the label to be applied to the snapshot version. */
    private String snapshotLabel;

    /** Optional. If createNewSnapshot=true, the Activity ID to be applied to the snapshot version. */
    private String snapshotActivityId;

    public String getSnapshotComment() {
        return snapshotComment;
    }

    public SnapshotRequest setSnapshotComment(String snapshotComment) {
        this.snapshotComment = snapshotComment;
        return this;
    }

    public String getSnapshotLabel() {
        return snapshotLabel;
    }

    public SnapshotRequest setSnapshotLabel(String snapshotLabel) {
        this.snapshotLabel = snapshotLabel;
        return this;
    }

    public String getSnapshotActivityId() {
        return snapshotActivityId;
    }

    public SnapshotRequest setSnapshotActivityId(String snapshotActivityId) {
        this.snapshotActivityId = snapshotActivityId;
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
        SnapshotRequest that = (SnapshotRequest) o;
        return Objects.equals(snapshotComment, that.snapshotComment)
                && Objects.equals(snapshotLabel, that.snapshotLabel)
                && Objects.equals(snapshotActivityId, that.snapshotActivityId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(snapshotComment, snapshotLabel, snapshotActivityId);
    }

    @Override
    public String toString() {
        return "SnapshotRequest{"
                + "snapshotComment=" + snapshotComment
                + ", snapshotLabel=" + snapshotLabel
                + ", snapshotActivityId=" + snapshotActivityId
                + '}';
    }
}

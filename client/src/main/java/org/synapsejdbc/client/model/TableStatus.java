package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.time.Instant;
import java.util.Objects;

/** Object used to track the status of a Table. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class TableStatus {
    /** The Table's state can be one of the following enumerations. */
    private TableState state;

    /** The ID of the table. */
    private String tableId;

    /** For cases where a query is run against a particualr version of a table, this will be that version. */
    private Long version;

    /** The date-time when the status of this table last changed to PROCESSING. */
    private Instant startedOn;

    /** The date-time when the status of this table last changed. */
    private Instant changedOn;

    /** Whenever the status of a table is rest to PROCESSING, a new reset-token will be issued. */
    private String resetToken;

    /**
     * Whenever the status of a table is set to AVAILABLE, this will be set to the etag of the last table change
     * applied to the index.
     */
    private String lastTableChangeEtag;

    /** The current message of the progress tracker. */
    private String progressMessage;

    /** The progress current value indicates how much progress has been made. */
    private Long progressCurrent;

    /** The progress total indicates the total amount of work to complete. */
    private Long progressTotal;

    /** When processing fails, this is a one line error message. */
    private String errorMessage;

    /** When processing fails, this is the full stack trace of the error. */
    private String errorDetails;

    /** The total run time (MS) of the last processing job. */
    private Long totalTimeMS;

    public TableState getState() {
        return state;
    }

    public TableStatus setState(TableState state) {
        this.state = state;
        return this;
    }

    public String getTableId() {
        return tableId;
    }

    public TableStatus setTableId(String tableId) {
        this.tableId = tableId;
        return this;
    }

    public Long getVersion() {
        return version;
    }

    public TableStatus setVersion(Long version) {
        this.version = version;
        return this;
    }

    public Instant getStartedOn() {
        return startedOn;
    }

    public TableStatus setStartedOn(Instant startedOn) {
        this.startedOn = startedOn;
        return this;
    }

    public Instant getChangedOn() {
        return changedOn;
    }

    public TableStatus setChangedOn(Instant changedOn) {
        this.changedOn = changedOn;
        return this;
    }

    public String getResetToken() {
        return resetToken;
    }

    public TableStatus setResetToken(String resetToken) {
        this.resetToken = resetToken;
        return this;
    }

    public String getLastTableChangeEtag() {
        return lastTableChangeEtag;
    }

    public TableStatus setLastTableChangeEtag(String lastTableChangeEtag) {
        this.lastTableChangeEtag = lastTableChangeEtag;
        return this;
    }

    public String getProgressMessage() {
        return progressMessage;
    }

    public TableStatus setProgressMessage(String progressMessage) {
        this.progressMessage = progressMessage;
        return this;
    }

    public Long getProgressCurrent() {
        return progressCurrent;
    }

    public TableStatus setProgressCurrent(Long progressCurrent) {
        this.progressCurrent = progressCurrent;
        return this;
    }

    public Long getProgressTotal() {
        return progressTotal;
    }

    public TableStatus setProgressTotal(Long progressTotal) {
        this.progressTotal = progressTotal;
        return this;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public TableStatus setErrorMessage(String errorMessage) {
        this.errorMessage = errorMessage;
        return this;
    }

    public String getErrorDetails() {
        return errorDetails;
    }

    public TableStatus setErrorDetails(String errorDetails) {
        this.errorDetails = errorDetails;
        return this;
    }

    public Long getTotalTimeMS() {
        return totalTimeMS;
    }

    public TableStatus setTotalTimeMS(Long totalTimeMS) {
        this.totalTimeMS = totalTimeMS;
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
        TableStatus that = (TableStatus) o;
        return Objects.equals(state, that.state)
                && Objects.equals(tableId, that.tableId)
                && Objects.equals(version, that.version)
                && Objects.equals(startedOn, that.startedOn)
                && Objects.equals(changedOn, that.changedOn)
                && Objects.equals(resetToken, that.resetToken)
                && Objects.equals(lastTableChangeEtag, that.lastTableChangeEtag)
                && Objects.equals(progressMessage, that.progressMessage)
                && Objects.equals(progressCurrent, that.progressCurrent)
                && Objects.equals(progressTotal, that.progressTotal)
                && Objects.equals(errorMessage, that.errorMessage)
                && Objects.equals(errorDetails, that.errorDetails)
                && Objects.equals(totalTimeMS, that.totalTimeMS);
    }

    @Override
    public int hashCode() {
        return Objects.hash(state, tableId, version, startedOn, changedOn, resetToken, lastTableChangeEtag,
                progressMessage, progressCurrent, progressTotal, errorMessage, errorDetails, totalTimeMS);
    }

    @Override
    public String toString() {
        return "TableStatus{"
                + "state=" + state
                + ", tableId=" + tableId
                + ", version=" + version
                + ", startedOn=" + startedOn
                + ", changedOn=" + changedOn
                + ", resetToken=" + (resetToken == null ? null : "***")
                + ", lastTableChangeEtag=" + lastTableChangeEtag
                + ", progressMessage=" + progressMessage
                + ", progressCurrent=" + progressCurrent
                + ", progressTotal=" + progressTotal
                + ", errorMessage=" + errorMessage
                + ", errorDetails=" + errorDetails
                + ", totalTimeMS=" + totalTimeMS
                + '}';
    }
}

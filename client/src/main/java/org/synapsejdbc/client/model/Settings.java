package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.util.Objects;

/** Contains a user's notification settings. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class Settings {
    /** Should the user receive email notifications? Default true. */
    private Boolean sendEmailNotifications;

    /** Should messages that are emailed to the user be marked as READ in Synapse? Default false. */
    private Boolean markEmailedMessagesAsRead;

    public Boolean getSendEmailNotifications() {
        return sendEmailNotifications;
    }

    public Settings setSendEmailNotifications(Boolean sendEmailNotifications) {
        this.sendEmailNotifications = sendEmailNotifications;
        return this;
    }

    public Boolean getMarkEmailedMessagesAsRead() {
        return markEmailedMessagesAsRead;
    }

    public Settings setMarkEmailedMessagesAsRead(Boolean markEmailedMessagesAsRead) {
        this.markEmailedMessagesAsRead = markEmailedMessagesAsRead;
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
        Settings that = (Settings) o;
        return Objects.equals(sendEmailNotifications, that.sendEmailNotifications)
                && Objects.equals(markEmailedMessagesAsRead, that.markEmailedMessagesAsRead);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sendEmailNotifications, markEmailedMessagesAsRead);
    }

    @Override
    public String toString() {
        return "Settings{"
                + "sendEmailNotifications=" + sendEmailNotifications
                + ", markEmailedMessagesAsRead=" + markEmailedMessagesAsRead
                + '}';
    }
}

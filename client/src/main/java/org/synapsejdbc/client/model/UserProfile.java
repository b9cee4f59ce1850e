package org.synapsejdbc.client.model;

import com.fasterxml.jackson.annotation.JsonAutoDetect;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The public profile of a Synapse user. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class UserProfile {
    /** A foreign key to the ID of the 'principal' object for the user. */
    private String ownerId;

    /** Synapse employs an Optimistic Concurrency Control (OCC) scheme to handle concurrent updates. */
    private String etag;

    /** This person's given name (forename). */
    private String firstName;

    /** This person's family name (surname). */
    private String lastName;

    /** This is deprecated as users can have more than one email. */
    private String email;

    /** The list of user email addresses registered to this user. */
    private List<String> emails;

    /** The list of OpenIds bound to this user's account. */
    private List<String> openIds;

    /** A name chosen by the user that uniquely identifies them. */
    private String userName;

    /** This field is deprecated and will always be null. */
    private String displayName;

    /** URL for RStudio server assigned to the user. */
    private String rStudioUrl;

    /** A summary description about this person. */
    private String summary;

    /** This person's current position title. */
    private String position;

    /** This person's location. */
    private String location;

    /** The industry/discipline that this person is associated with. */
    private String industry;

    /** This person's current affiliation. */
    private String company;

    /** The File Handle id of the user's profile picture. */
    private String profilePicureFileHandleId;

    /** A link to more information about this person. */
    private String url;

    /** This person's default team name. */
    private String teamName;

    /** The user's preferences regarding when email notifications should be sent. */
    private Settings notificationSettings;

    private List<UserPreference> preferences;

    /** The date this profile was created. */
    private Instant createdOn;

    /** Flag that indicates if the user has two factor authentication enabled. */
    private Boolean twoFactorAuthEnabled;

    public String getOwnerId() {
        return ownerId;
    }

    public UserProfile setOwnerId(String ownerId) {
        this.ownerId = ownerId;
        return this;
    }

    public String getEtag() {
        return etag;
    }

    public UserProfile setEtag(String etag) {
        this.etag = etag;
        return this;
    }

    public String getFirstName() {
        return firstName;
    }

    public UserProfile setFirstName(String firstName) {
        this.firstName = firstName;
        return this;
    }

    public String getLastName() {
        return lastName;
    }

    public UserProfile setLastName(String lastName) {
        this.lastName = lastName;
        return this;
    }

    public String getEmail() {
        return email;
    }

    public UserProfile setEmail(String email) {
        this.email = email;
        return this;
    }

    public List<String> getEmails() {
        return emails;
    }

    public UserProfile setEmails(List<String> emails) {
        this.emails = emails;
        return this;
    }

    public List<String> getOpenIds() {
        return openIds;
    }

    public UserProfile setOpenIds(List<String> openIds) {
        this.openIds = openIds;
        return this;
    }

    public String getUserName() {
        return userName;
    }

    public UserProfile setUserName(String userName) {
        this.userName = userName;
        return this;
    }

    public String getDisplayName() {
        return displayName;
    }

    public UserProfile setDisplayName(String displayName) {
        this.displayName = displayName;
        return this;
    }

    public String getRStudioUrl() {
        return rStudioUrl;
    }

    public UserProfile setRStudioUrl(String rStudioUrl) {
        this.rStudioUrl = rStudioUrl;
        return this;
    }

    public String getSummary() {
        return summary;
    }

    public UserProfile setSummary(String summary) {
        this.summary = summary;
        return this;
    }

    public String getPosition() {
        return position;
    }

    public UserProfile setPosition(String position) {
        this.position = position;
        return this;
    }

    public String getLocation() {
        return location;
    }

    public UserProfile setLocation(String location) {
        this.location = location;
        return this;
    }

    public String getIndustry() {
        return industry;
    }

    public UserProfile setIndustry(String industry) {
        this.industry = industry;
        return this;
    }

    public String getCompany() {
        return company;
    }

    public UserProfile setCompany(String company) {
        this.company = company;
        return this;
    }

    public String getProfilePicureFileHandleId() {
        return profilePicureFileHandleId;
    }

    public UserProfile setProfilePicureFileHandleId(String profilePicureFileHandleId) {
        this.profilePicureFileHandleId = profilePicureFileHandleId;
        return this;
    }

    public String getUrl() {
        return url;
    }

    public UserProfile setUrl(String url) {
        this.url = url;
        return this;
    }

    public String getTeamName() {
        return teamName;
    }

    public UserProfile setTeamName(String teamName) {
        this.teamName = teamName;
        return this;
    }

    public Settings getNotificationSettings() {
        return notificationSettings;
    }

    public UserProfile setNotificationSettings(Settings notificationSettings) {
        this.notificationSettings = notificationSettings;
        return this;
    }

    public List<UserPreference> getPreferences() {
        return preferences;
    }

    public UserProfile setPreferences(List<UserPreference> preferences) {
        this.preferences = preferences;
        return this;
    }

    public Instant getCreatedOn() {
        return createdOn;
    }

    public UserProfile setCreatedOn(Instant createdOn) {
        this.createdOn = createdOn;
        return this;
    }

    public Boolean getTwoFactorAuthEnabled() {
        return twoFactorAuthEnabled;
    }

    public UserProfile setTwoFactorAuthEnabled(Boolean twoFactorAuthEnabled) {
        this.twoFactorAuthEnabled = twoFactorAuthEnabled;
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
        UserProfile that = (UserProfile) o;
        return Objects.equals(ownerId, that.ownerId)
                && Objects.equals(etag, that.etag)
                && Objects.equals(firstName, that.firstName)
                && Objects.equals(lastName, that.lastName)
                && Objects.equals(email, that.email)
                && Objects.equals(emails, that.emails)
                && Objects.equals(openIds, that.openIds)
                && Objects.equals(userName, that.userName)
                && Objects.equals(displayName, that.displayName)
                && Objects.equals(rStudioUrl, that.rStudioUrl)
                && Objects.equals(summary, that.summary)
                && Objects.equals(position, that.position)
                && Objects.equals(location, that.location)
                && Objects.equals(industry, that.industry)
                && Objects.equals(company, that.company)
                && Objects.equals(profilePicureFileHandleId, that.profilePicureFileHandleId)
                && Objects.equals(url, that.url)
                && Objects.equals(teamName, that.teamName)
                && Objects.equals(notificationSettings, that.notificationSettings)
                && Objects.equals(preferences, that.preferences)
                && Objects.equals(createdOn, that.createdOn)
                && Objects.equals(twoFactorAuthEnabled, that.twoFactorAuthEnabled);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ownerId, etag, firstName, lastName, email, emails, openIds, userName,
                displayName, rStudioUrl, summary, position, location, industry, company,
                profilePicureFileHandleId, url, teamName, notificationSettings, preferences, createdOn,
                twoFactorAuthEnabled);
    }

    @Override
    public String toString() {
        return "UserProfile{"
                + "ownerId=" + ownerId
                + ", etag=" + etag
                + ", firstName=" + firstName
                + ", lastName=" + lastName
                + ", email=" + email
                + ", emails=" + emails
                + ", openIds=" + openIds
                + ", userName=" + userName
                + ", displayName=" + displayName
                + ", rStudioUrl=" + rStudioUrl
                + ", summary=" + summary
                + ", position=" + position
                + ", location=" + location
                + ", industry=" + industry
                + ", company=" + company
                + ", profilePicureFileHandleId=" + profilePicureFileHandleId
                + ", url=" + url
                + ", teamName=" + teamName
                + ", notificationSettings=" + notificationSettings
                + ", preferences=" + preferences
                + ", createdOn=" + createdOn
                + ", twoFactorAuthEnabled=" + twoFactorAuthEnabled
                + '}';
    }
}

package org.synapsejdbc.local.http;

import java.util.Locale;

/** The OAuth scopes of Synapse ({@code oauth/OAuthScope.json}); routes declare the ones they need. */
public enum Scope {
    OPENID, EMAIL, PROFILE, VIEW, DOWNLOAD, MODIFY, AUTHORIZE, OFFLINE_ACCESS;

    /** The wire name, e.g. {@code view}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Scope fromWire(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}

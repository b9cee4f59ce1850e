package org.synapsejdbc.local.entity;

import java.util.regex.Pattern;
import org.synapsejdbc.local.http.ApiException;

/** Synapse's entity name and description rules, with its exact messages. */
public final class NameRules {

    /* Synapse's character class happens to include the comma as well (it is listed as a separator). */
    private static final Pattern VALID = Pattern.compile("^[a-zA-Z0-9,_.\\- +()']+$");
    public static final int MAX_NAME = 256;
    public static final int MAX_DESCRIPTION = 1000;

    private NameRules() {
    }

    /** Validates a name and returns it trimmed (Synapse stores trimmed names); null stays null. */
    public static String validateName(String name) {
        if (name == null) {
            return null;
        }
        String trimmed = name.trim();
        if (trimmed.isEmpty()) {
            throw ApiException.badRequest("Name cannot be only whitespace or empty string");
        }
        if (trimmed.length() > MAX_NAME) {
            throw ApiException.badRequest("Name must be " + MAX_NAME + " characters or less");
        }
        if (!VALID.matcher(trimmed).matches()) {
            throw ApiException.badRequest("Invalid Name: '" + name + "'. Names may only contain: letters, numbers, "
                    + "spaces, underscores, hyphens, periods, plus signs, apostrophes, and parentheses");
        }
        return trimmed;
    }

    public static void validateDescription(String description) {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw ApiException.badRequest("Description must be " + MAX_DESCRIPTION + " characters or less");
        }
    }
}

package org.synapsejdbc.local.entity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.synapsejdbc.local.http.ApiException;

/** Parses and prints Synapse entity ids ({@code syn123}, {@code 123}, case-insensitive prefix). */
public final class SynIds {

    /** The Synapse root folder every project hangs under. */
    public static final long ROOT_ID = 4489L;
    /** The trash-can folder trashed entities move under. */
    public static final long TRASH_ID = 1681355L;

    private static final Pattern ID = Pattern.compile("(?i)^\\s*(?:syn)?(\\d{1,18})\\s*$");

    private SynIds() {
    }

    /** The numeric id; 400 {@code abc is not a valid Synapse ID.} for anything else. */
    public static long parse(String id) {
        if (id == null) {
            throw ApiException.badRequest("null is not a valid Synapse ID.");
        }
        Matcher m = ID.matcher(id);
        if (!m.matches()) {
            throw ApiException.badRequest(id + " is not a valid Synapse ID.");
        }
        return Long.parseLong(m.group(1));
    }

    public static String format(long id) {
        return "syn" + id;
    }

    public static String format(Long id) {
        return id == null ? null : format(id.longValue());
    }
}

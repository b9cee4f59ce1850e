package org.synapsejdbc.local.entity;

import org.synapsejdbc.local.http.ApiException;

/** Synapse's opaque page token, internally {@code "<limit>a<offset>"}. */
public final class NextPageToken {

    private NextPageToken() {
    }

    /** {limit, offset}; a null token is the first page. */
    public static long[] parse(String token, long defaultLimit) {
        if (token == null) {
            return new long[] {defaultLimit, 0};
        }
        String[] parts = token.split("a");
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            long limit = Long.parseLong(parts[0]);
            long offset = Long.parseLong(parts[1]);
            if (limit < 1 || offset < 0) {
                throw new NumberFormatException();
            }
            return new long[] {limit, offset};
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Invalid nextPageToken: " + token);
        }
    }

    public static String format(long limit, long offset) {
        return limit + "a" + offset;
    }
}

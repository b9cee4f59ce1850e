package org.synapsejdbc.local.auth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Caller;
import org.synapsejdbc.local.http.Reply;
import org.synapsejdbc.local.http.RequestContext;
import org.synapsejdbc.local.http.Router;
import org.synapsejdbc.local.http.Scope;

/** {@code GET /userProfile} (the caller's own profile; the router also accepts the trailing-slash form). */
public final class UserProfileRoutes {

    private final UserStore users;

    public UserProfileRoutes(UserStore users) {
        this.users = users;
    }

    public void register(Router router) {
        router.get(Router.REPO + "/userProfile", this::myProfile, Scope.VIEW);
        router.get(Router.REPO + "/userProfile/{profileId}", this::profile, Scope.VIEW);
    }

    private Reply myProfile(RequestContext ctx) {
        Caller caller = ctx.caller();
        if (caller.isAnonymous()) {
            return Reply.ok(anonymousProfile());
        }
        return Reply.ok(profile(users.user(caller.userId()).orElseThrow(), true));
    }

    private Reply profile(RequestContext ctx) {
        long id;
        try {
            id = Long.parseLong(ctx.pathVar("profileId"));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Failed to convert value of type 'java.lang.String' to required type 'java.lang.Long'");
        }
        UserStore.User u = users.user(id).orElseThrow(() ->
                ApiException.notFound("UserProfile cannot be found for: " + id));
        return Reply.ok(profile(u, ctx.caller().userId() == id));
    }

    private static Map<String, Object> anonymousProfile() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("ownerId", Long.toString(Caller.ANONYMOUS_ID));
        p.put("userName", "anonymous");
        p.put("etag", "00000000-0000-0000-0000-000000000000");
        return p;
    }

    /* Emails are private: only the owner sees them. */
    static Map<String, Object> profile(UserStore.User u, boolean own) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("ownerId", Long.toString(u.id()));
        p.put("etag", u.etag());
        p.put("firstName", u.firstName());
        p.put("lastName", u.lastName());
        if (own && u.email() != null) {
            p.put("emails", List.of(u.email()));
        }
        p.put("userName", u.userName());
        p.put("createdOn", org.synapsejdbc.local.http.WireDates.format(u.createdOn()));
        p.values().removeIf(java.util.Objects::isNull);
        return p;
    }
}

package org.synapsejdbc.local.auth;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.synapsejdbc.client.model.AccessTokenGenerationRequest;
import org.synapsejdbc.client.model.AccessTokenGenerationResponse;
import org.synapsejdbc.client.model.AccessTokenRecord;
import org.synapsejdbc.client.model.AccessTokenRecordList;
import org.synapsejdbc.client.model.AccessTokenState;
import org.synapsejdbc.client.model.OAuthScope;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.Caller;
import org.synapsejdbc.local.http.Reply;
import org.synapsejdbc.local.http.RequestContext;
import org.synapsejdbc.local.http.Router;
import org.synapsejdbc.local.http.Scope;

/** {@code /auth/v1/personalAccessToken}: create (the value is shown once), list, get and revoke the caller's tokens. */
public final class PersonalAccessTokenRoutes {

    private static final String BASE = Router.AUTH + "/personalAccessToken";
    private final UserStore users;

    public PersonalAccessTokenRoutes(UserStore users) {
        this.users = users;
    }

    public void register(Router r) {
        r.post(BASE, this::create, Scope.VIEW, Scope.MODIFY);
        r.get(BASE, ctx -> {
            List<AccessTokenRecord> out = new ArrayList<>();
            for (UserStore.TokenRecord t : users.tokens(loggedIn(ctx).userId())) {
                if (!t.revoked()) {
                    out.add(record(t));
                }
            }
            return Reply.ok(new AccessTokenRecordList().setResults(out));
        }, Scope.VIEW);
        r.get(BASE + "/{tokenId}", ctx -> Reply.ok(record(owned(ctx))), Scope.VIEW);
        r.delete(BASE + "/{tokenId}", ctx -> {
            users.revokeToken(owned(ctx).id());
            return Reply.noContent();
        }, Scope.VIEW, Scope.MODIFY);
    }

    private static Caller loggedIn(RequestContext ctx) {
        if (ctx.caller().isAnonymous()) {
            throw ApiException.unauthorized("You must be logged in to manage personal access tokens.");
        }
        return ctx.caller();
    }

    private Reply create(RequestContext ctx) {
        Caller caller = loggedIn(ctx);
        AccessTokenGenerationRequest req = ctx.bodyOrNull(AccessTokenGenerationRequest.class);
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        if (req == null || req.getScope() == null || req.getScope().isEmpty()) {
            scopes.addAll(caller.scopes());
        } else {
            for (OAuthScope s : req.getScope()) {
                scopes.add(Scope.fromWire(s.name()));
            }
        }
        if (!caller.scopes().containsAll(scopes)) {
            throw ApiException.forbidden("The requested scopes exceed the scopes of the access token used.");
        }
        String name = req == null || req.getName() == null ? "personal access token" : req.getName();
        String token = users.createToken(caller.userId(), name, scopes);
        return Reply.created(new AccessTokenGenerationResponse().setToken(token));
    }

    private UserStore.TokenRecord owned(RequestContext ctx) {
        Caller caller = loggedIn(ctx);
        long id;
        try {
            id = Long.parseLong(ctx.pathVar("tokenId"));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Invalid token id: " + ctx.pathVar("tokenId"));
        }
        UserStore.TokenRecord t = users.token(id).filter(r -> r.userId() == caller.userId() && !r.revoked())
                .orElseThrow(() -> ApiException.notFound("Personal access token " + id + " does not exist."));
        return t;
    }

    private static AccessTokenRecord record(UserStore.TokenRecord t) {
        List<OAuthScope> scopes = new ArrayList<>();
        for (Scope s : t.scopes()) {
            scopes.add(OAuthScope.valueOf(s.wireName()));
        }
        return new AccessTokenRecord().setId(Long.toString(t.id())).setUserId(Long.toString(t.userId()))
                .setScopes(scopes).setName(t.name()).setCreatedOn(t.createdOn()).setLastUsed(t.createdOn())
                .setState(AccessTokenState.ACTIVE);
    }
}

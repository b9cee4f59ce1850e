package org.synapsejdbc.local.auth;

import org.synapsejdbc.local.ServerContext;
import org.synapsejdbc.local.ServerModule;

/** Installs the user-profile and personal-access-token routes. */
public final class AuthModule implements ServerModule {

    @Override
    public void install(ServerContext ctx) {
        new UserProfileRoutes(ctx.users()).register(ctx.router());
        new PersonalAccessTokenRoutes(ctx.users()).register(ctx.router());
    }

    @Override
    public int order() {
        return 0;
    }
}

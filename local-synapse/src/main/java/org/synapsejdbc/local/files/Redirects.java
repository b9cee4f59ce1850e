package org.synapsejdbc.local.files;

import org.synapsejdbc.local.http.Reply;
import org.synapsejdbc.local.http.RequestContext;

/** Synapse's presigned-URL answers: 307 to the URL, or the URL as {@code text/plain} with {@code redirect=false}. */
final class Redirects {

    private Redirects() {
    }

    static Reply reply(RequestContext ctx, String url) {
        if (ctx.queryBoolean("redirect", true)) {
            return Reply.redirect(307, url);
        }
        return Reply.text(200, "text/plain;charset=UTF-8", url);
    }
}

package org.synapsejdbc.local.files;

import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.RequestContext;

/** Required query parameters, with Spring's 400 text (as Synapse answers) when one is missing. */
final class RequiredParams {

    private RequiredParams() {
    }

    static String get(RequestContext ctx, String name, String javaType) {
        String v = ctx.query(name);
        if (v == null) {
            throw ApiException.badRequest("Required request parameter '" + name + "' for method parameter type "
                    + javaType + " is not present");
        }
        return v;
    }
}

package org.synapsejdbc.local.http;

/** The code behind one route. Throw {@link ApiException} for Synapse errors. */
@FunctionalInterface
public interface RouteHandler {
    Reply handle(RequestContext ctx) throws Exception;
}

package org.synapsejdbc.local.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The route table. Paths are matched segment by segment; one trailing slash is ignored, as Spring MVC (and so
 * Synapse) does by default; a path matching another method's route is a 405, no match at all a 404.
 */
public final class Router {

    /** The three URL prefixes Synapse serves. */
    public static final String REPO = "/repo/v1";
    public static final String FILE = "/file/v1";
    public static final String AUTH = "/auth/v1";

    private final List<Route> routes = new CopyOnWriteArrayList<>();

    /** Registers a route; {@code path} is the full path including the prefix, e.g. {@code /repo/v1/entity/{id}}. */
    public Route add(String method, String path, RouteHandler handler, Scope... scopes) {
        Route route = new Route(method, path, scopes.length == 0 ? EnumSet.noneOf(Scope.class)
                : EnumSet.copyOf(Arrays.asList(scopes)), handler);
        for (Route r : routes) {
            if (r.key().equals(route.key())) {
                throw new IllegalStateException("duplicate route " + route.key());
            }
        }
        routes.add(route);
        List<Route> sorted = new ArrayList<>(routes);
        sorted.sort(Comparator.comparingInt(Route::specificity).reversed());
        routes.clear();
        routes.addAll(sorted);
        return route;
    }

    public Route get(String path, RouteHandler handler, Scope... scopes) {
        return add("GET", path, handler, scopes);
    }

    public Route post(String path, RouteHandler handler, Scope... scopes) {
        return add("POST", path, handler, scopes);
    }

    public Route put(String path, RouteHandler handler, Scope... scopes) {
        return add("PUT", path, handler, scopes);
    }

    public Route delete(String path, RouteHandler handler, Scope... scopes) {
        return add("DELETE", path, handler, scopes);
    }

    public List<Route> routes() {
        return List.copyOf(routes);
    }

    /** The outcome of matching a request: a route with its variables, or a 404/405. */
    record Match(Route route, Map<String, String> vars, boolean methodMismatch) {
    }

    Match match(String method, String rawPath) {
        String path = rawPath;
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        String[] segments = Route.split(path);
        for (int i = 0; i < segments.length; i++) {
            try {
                segments[i] = URLDecoder.decode(segments[i].replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException malformed) {
                // keep the raw segment; the route (or 404) decides
            }
        }
        boolean otherMethod = false;
        String effective = "HEAD".equals(method) ? "GET" : method;
        for (Route r : routes) {
            Map<String, String> vars = r.match(segments);
            if (vars != null) {
                if (r.method().equals(effective)) {
                    return new Match(r, vars, false);
                }
                otherMethod = true;
            }
        }
        return new Match(null, null, otherMethod);
    }
}

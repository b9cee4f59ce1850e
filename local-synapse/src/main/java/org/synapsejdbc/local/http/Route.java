package org.synapsejdbc.local.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One registered route: method, path template (with {@code {var}} segments), required scopes and handler. */
public final class Route {

    private final String method;
    private final String template;
    private final String[] segments;
    private final Set<Scope> scopes;
    private final RouteHandler handler;
    private boolean synapseAuth = true;
    private boolean storageHost;
    private int rateMax;
    private int ratePeriodSeconds;

    Route(String method, String template, Set<Scope> scopes, RouteHandler handler) {
        this.method = method;
        this.template = template;
        this.segments = split(template);
        this.scopes = scopes.isEmpty() ? EnumSet.noneOf(Scope.class) : EnumSet.copyOf(scopes);
        this.handler = handler;
    }

    /**
     * Marks a route that does not authenticate with Synapse tokens (e.g. the presigned storage route): the
     * Authorization header is neither checked nor required, and no throttle or scope applies.
     */
    public Route withoutSynapseAuth() {
        this.synapseAuth = false;
        return this;
    }

    /**
     * Marks a route served only on the storage connector (local-synapse's stand-in for S3, another host:port),
     * never on the API port; implies {@link #withoutSynapseAuth()}.
     */
    public Route onStorageHost() {
        this.storageHost = true;
        this.synapseAuth = false;
        return this;
    }

    /** Whether this route is served on the storage connector instead of the API port. */
    public boolean storageHost() {
        return storageHost;
    }

    /**
     * A per-API throttle rule like Synapse's THROTTLE_RULES (e.g. {@code GET /entity/{id}/column}: 6 per 60 s),
     * applied per user on top of the global throttles.
     */
    public Route rateLimit(int maxCalls, int periodSeconds) {
        this.rateMax = maxCalls;
        this.ratePeriodSeconds = periodSeconds;
        return this;
    }

    int rateMax() {
        return rateMax;
    }

    int ratePeriodSeconds() {
        return ratePeriodSeconds;
    }

    /** The path as Synapse's throttle rules name it: variables replaced by {@code #}. */
    String normalizedPath() {
        StringBuilder b = new StringBuilder();
        for (String s : segments) {
            b.append('/').append(s.startsWith("{") ? "#" : s);
        }
        return b.toString();
    }

    public boolean synapseAuth() {
        return synapseAuth;
    }

    public String method() {
        return method;
    }

    public String template() {
        return template;
    }

    public Set<Scope> scopes() {
        return Collections.unmodifiableSet(scopes);
    }

    RouteHandler handler() {
        return handler;
    }

    /** The key under which round trips of this route are counted, e.g. {@code GET /repo/v1/entity/{id}}. */
    public String key() {
        return method + " " + template;
    }

    /** The path variables if {@code pathSegments} matches this template, else null. */
    Map<String, String> match(String[] pathSegments) {
        if (pathSegments.length != segments.length) {
            return null;
        }
        Map<String, String> vars = null;
        for (int i = 0; i < segments.length; i++) {
            String s = segments[i];
            if (s.startsWith("{") && s.endsWith("}")) {
                if (pathSegments[i].isEmpty()) {
                    return null;
                }
                if (vars == null) {
                    vars = new LinkedHashMap<>();
                }
                vars.put(s.substring(1, s.length() - 1), pathSegments[i]);
            } else if (!s.equals(pathSegments[i])) {
                return null;
            }
        }
        return vars == null ? Map.of() : vars;
    }

    /** Literal segments count more than variables, so {@code /entity/header} wins over {@code /entity/{id}}. */
    int specificity() {
        int n = 0;
        for (String s : segments) {
            if (!s.startsWith("{")) {
                n++;
            }
        }
        return n;
    }

    static String[] split(String path) {
        List<String> out = new ArrayList<>();
        for (String p : path.split("/", -1)) {
            out.add(p);
        }
        if (!out.isEmpty() && out.get(0).isEmpty()) {
            out.remove(0);
        }
        return out.toArray(new String[0]);
    }

    @Override
    public String toString() {
        return key();
    }
}

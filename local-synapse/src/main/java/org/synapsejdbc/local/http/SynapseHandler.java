package org.synapsejdbc.local.http;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Jetty core handler: faults, routing, authentication, throttles, scope checks, the route itself, error
 * mapping, and the request log, in the order Synapse's filter chain applies them.
 */
public final class SynapseHandler extends Handler.Abstract {

    private static final Logger LOG = LoggerFactory.getLogger(SynapseHandler.class);

    private final Router router;
    private final Authenticator authenticator;
    private final Throttle throttle;
    private final FaultInjector faults;
    private final RequestLog log;

    public SynapseHandler(Router router, Authenticator authenticator, Throttle throttle, FaultInjector faults,
                          RequestLog log) {
        this.router = router;
        this.authenticator = authenticator;
        this.throttle = throttle;
        this.faults = faults;
        this.log = log;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        String method = request.getMethod();
        String path = request.getHttpURI().getPath();
        Router.Match match = router.match(method, path);
        Route route = match.route();
        boolean storagePort = StorageConnector.is(request.getConnectionMetaData().getConnector());
        boolean wrongHost = route != null && route.storageHost() != storagePort;
        if (wrongHost) {
            // Storage and API are different hosts (S3 vs Synapse): neither answers the other's paths.
            route = null;
        }
        RequestContext ctx = new RequestContext(request, route, match.vars() == null ? Map.of() : match.vars());
        boolean throttled = false;
        Reply reply;
        try {
            if (faults.apply() == FaultInjector.Outcome.RESET) {
                record(start, request, route, ctx, 0);
                reset(request);
                callback.failed(new java.io.IOException("injected connection reset"));
                return true;
            }
            if (route == null || route.synapseAuth()) {
                ctx.caller(authenticator.authenticate(request.getHeaders().get(HttpHeader.AUTHORIZATION)));
            }
            if (route == null) {
                throw match.methodMismatch() && !wrongHost
                        ? new ApiException(405, "Request method '" + method + "' not supported")
                        : ApiException.notFound("No handler found for " + method + " " + path);
            }
            if (route.synapseAuth() && !ctx.caller().isAnonymous() && !path.startsWith(Router.AUTH)) {
                throttled = throttle.acquire(ctx.caller().userId());
                throttle.checkRoute(ctx.caller().userId(), route);
            }
            checkScopes(route, ctx.caller());
            reply = route.handler().handle(ctx);
        } catch (ApiException e) {
            reply = errorReply(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reply = errorReply(ApiException.serverError("Interrupted"));
        } catch (Exception | StackOverflowError e) {
            ApiException mapped = ExceptionMapper.map(e);
            if (mapped.status() >= 500) {
                LOG.warn("{} {} failed", method, path, e);
            }
            reply = errorReply(mapped);
        } finally {
            if (throttled) {
                throttle.release(ctx.caller().userId());
            }
        }
        // Recorded before the answer leaves, so a client that got a response always finds it counted.
        record(start, request, route, ctx, reply.status());
        try {
            write(reply, request, response, callback);
        } catch (Throwable t) {
            LOG.warn("{} {}: could not write the response", method, path, t);
            callback.failed(t);
        }
        return true;
    }

    private void record(long start, Request request, Route route, RequestContext ctx, int status) {
        log.record(new RequestLog.Entry(Instant.now(), request.getMethod(), request.getHttpURI().getPath(),
                request.getHttpURI().getQuery(), route == null ? null : route.key(), ctx.caller().userId(), status,
                (System.nanoTime() - start) / 1000));
    }

    private static void checkScopes(Route route, Caller caller) {
        // Anonymous requests carry no token, so there is nothing to check; permissions decide instead.
        if (caller.isAnonymous() || !route.synapseAuth()) {
            return;
        }
        Set<String> missing = new TreeSet<>();
        for (Scope s : route.scopes()) {
            if (!caller.scopes().contains(s)) {
                missing.add(s.wireName());
            }
        }
        if (!missing.isEmpty()) {
            throw ApiException.insufficientScope(missing.stream().collect(Collectors.joining(", ")));
        }
    }

    static Reply errorReply(ApiException e) {
        Reply r = Reply.json(e.status(), e.body());
        e.headers().forEach(r::header);
        return r;
    }

    private static void write(Reply reply, Request request, Response response, Callback callback) throws Exception {
        response.setStatus(reply.status());
        reply.headers().forEach((k, v) -> response.getHeaders().put(k, v));
        if (reply.contentType() != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, reply.contentType());
        }
        boolean head = "HEAD".equals(request.getMethod());
        byte[] bytes = reply.json() != null ? Json.mapper().writeValueAsBytes(reply.json()) : reply.bytes();
        if (bytes != null) {
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
            response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(bytes), callback);
        } else if (reply.writer() != null && !head) {
            if (reply.contentLength() >= 0) {
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, reply.contentLength());
            }
            try (OutputStream out = Content.Sink.asOutputStream(response)) {
                reply.writer().writeTo(out);
            }
            callback.succeeded();
        } else {
            if (reply.contentLength() >= 0) {
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, reply.contentLength());
            }
            response.write(true, ByteBuffer.allocate(0), callback);
        }
    }

    /* Closes the socket with SO_LINGER 0 so the client sees a TCP reset rather than a clean close. */
    private static void reset(Request request) {
        EndPoint endPoint = request.getConnectionMetaData().getConnection().getEndPoint();
        try {
            Object transport = endPoint.getTransport();
            if (transport instanceof java.nio.channels.SocketChannel channel) {
                channel.setOption(java.net.StandardSocketOptions.SO_LINGER, 0);
            }
        } catch (Exception ignored) {
            // best effort: a plain close still breaks the exchange
        }
        endPoint.close();
    }
}

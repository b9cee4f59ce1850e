package org.synapsejdbc.local.async;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.client.model.SynapseJson;
import org.synapsejdbc.local.http.ApiException;
import org.synapsejdbc.local.http.ExceptionMapper;
import org.synapsejdbc.local.http.Json;
import org.synapsejdbc.local.http.Reply;
import org.synapsejdbc.local.http.RequestContext;
import org.synapsejdbc.local.http.Router;
import org.synapsejdbc.local.http.Scope;

/**
 * The asynchronous job service behind every {@code .../async/start} + {@code .../async/get/{token}} pair:
 * start → 201 {@code {"token":..}}; get → 202 {@code AsynchronousJobStatus} while processing, 201 with the
 * response when done, or the failure's status and {@code reason}. Only the starter may read a job.
 */
public final class AsyncJobs implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AsyncJobs.class);

    static final long RETENTION_MS = 30 * 60 * 1000L;
    /**
     * A result already handed to its caller is kept only briefly (long enough for a client whose response was lost
     * to read it again), and only the most recent few: results are big, and a paged scan must not grow the heap.
     */
    static final long DELIVERED_RETENTION_MS = 30 * 1000L;
    static final int MAX_DELIVERED_KEPT = 16;

    private final Map<String, AsyncJobType<?>> types = new ConcurrentHashMap<>();
    private final Map<String, AsyncJob> jobs = new ConcurrentHashMap<>();
    private final Map<String, String> jobIdsByDedupKey = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(9_000_000L);
    private final ExecutorService executor;
    private volatile long processingDelayMs;

    public AsyncJobs(long processingDelayMs) {
        this.processingDelayMs = processingDelayMs;
        AtomicInteger n = new AtomicInteger();
        // Unbounded: a job may wait for another (a query waiting for an index build) without starving the pool.
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "local-synapse-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Minimum time a job stays PROCESSING, so clients' polling is exercised (0 = as fast as the work). */
    public void processingDelayMillis(long ms) {
        this.processingDelayMs = ms;
    }

    public long processingDelayMillis() {
        return processingDelayMs;
    }

    /**
     * Registers a job type and its two routes {@code basePath + "/start"} (POST) and
     * {@code basePath + "/get/{token}"} (GET), both requiring {@code scopes}.
     * Example: {@code jobs.register(router, Router.REPO + "/entity/{id}/table/query/async", "query", type, VIEW, DOWNLOAD)}.
     */
    public <R> void register(Router router, String basePath, String typeName, AsyncJobType<R> type, Scope... scopes) {
        types.put(typeName, type);
        router.post(basePath + "/start", ctx -> start(ctx, typeName, type), scopes);
        router.get(basePath + "/get/{token}", ctx -> get(ctx, typeName), scopes);
    }

    /** The generic {@code GET /asynchronous/job/{jobId}} route. */
    public void registerStatusRoute(Router router) {
        router.get(Router.REPO + "/asynchronous/job/{jobId}", ctx -> Reply.ok(job(ctx, ctx.pathVar("jobId"), null).status()),
                Scope.VIEW);
    }

    private <R> Reply start(RequestContext ctx, String typeName, AsyncJobType<R> type) {
        JsonNode body = ctx.bodyTree();
        R request = type.start(ctx, body);
        evictOld();
        String key = type.dedupKey(request);
        String fullKey = key == null ? null : typeName + "\n" + ctx.caller().userId() + "\n" + key;
        if (fullKey != null) {
            AsyncJob done = jobs.get(jobIdsByDedupKey.getOrDefault(fullKey, ""));
            if (done != null && done.completed()) {
                done.markReissued();
                return Reply.created(Map.of("token", done.jobId()));
            }
        }
        String jobId = Long.toString(ids.incrementAndGet());
        AsyncJob job = new AsyncJob(jobId, typeName, ctx.caller(), echoed(type.requestBody(request), body),
                processingDelayMs);
        jobs.put(jobId, job);
        if (fullKey != null) {
            jobIdsByDedupKey.put(fullKey, jobId);
        }
        JobContext<R> jc = new JobContext<>(job, request, Map.copyOf(varsOf(ctx)));
        executor.execute(() -> runJob(type, jc, job));
        return Reply.created(Map.of("token", jobId));
    }

    /**
     * Jobs finished more than {@link #RETENTION_MS} ago, or delivered more than {@link #DELIVERED_RETENTION_MS} ago,
     * are forgotten: their results can be large, and a paged scan must not grow the server's memory.
     */
    private void evictOld() {
        long now = System.currentTimeMillis();
        jobs.values().removeIf(j -> (j.finishedAtMillis() > 0 && now - j.finishedAtMillis() > RETENTION_MS)
                || (j.deliveredAtMillis() > 0 && now - j.deliveredAtMillis() > DELIVERED_RETENTION_MS));
        List<AsyncJob> delivered = jobs.values().stream().filter(j -> j.deliveredAtMillis() > 0)
                .sorted(Comparator.comparingLong(AsyncJob::deliveredAtMillis)).toList();
        for (int i = 0; i < delivered.size() - MAX_DELIVERED_KEPT; i++) {
            jobs.remove(delivered.get(i).jobId());
        }
        jobIdsByDedupKey.values().removeIf(id -> !jobs.containsKey(id));
    }

    /*
     * Serialized once, at start, so what the job later does to its request objects cannot change the echo. Anything
     * that is not a wire model (an internal record a type forgot to unwrap) falls back to the body as sent.
     */
    private static JsonNode echoed(Object model, JsonNode raw) {
        if (model instanceof JsonNode n) {
            return n.deepCopy();
        }
        if (model != null && model.getClass().getPackageName().equals(SynapseJson.class.getPackageName())) {
            return Json.tree(model);
        }
        return raw;
    }

    private static Map<String, String> varsOf(RequestContext ctx) {
        Map<String, String> vars = new java.util.HashMap<>();
        String template = ctx.route().template();
        for (String seg : template.split("/")) {
            if (seg.startsWith("{") && seg.endsWith("}")) {
                String name = seg.substring(1, seg.length() - 1);
                vars.put(name, ctx.pathVar(name));
            }
        }
        return vars;
    }

    private static <R> void runJob(AsyncJobType<R> type, JobContext<R> jc, AsyncJob job) {
        try {
            job.complete(type.run(jc));
        } catch (Throwable e) {
            ApiException mapped = ExceptionMapper.map(e);
            if (mapped.status() >= 500) {
                LOG.warn("job {} ({}) failed", job.jobId(), job.typeName(), e);
            }
            job.fail(mapped);
        }
    }

    private Reply get(RequestContext ctx, String typeName) {
        evictOld();
        AsyncJob job = job(ctx, ctx.pathVar("token"), typeName);
        return switch (job.visibleState()) {
            case PROCESSING -> Reply.accepted(job.status());
            case COMPLETE -> {
                job.markDelivered();
                yield Reply.created(job.response());
            }
            case FAILED -> {
                job.markDelivered();
                throw job.failure();
            }
        };
    }

    private AsyncJob job(RequestContext ctx, String jobId, String typeName) {
        AsyncJob job = jobs.get(jobId);
        if (job == null || (typeName != null && !typeName.equals(job.typeName()))) {
            throw ApiException.notFound("Asynchronous job with id: " + jobId + " does not exist");
        }
        if (job.caller().userId() != ctx.caller().userId()) {
            throw ApiException.forbidden("Only the user that started the job may access the job's status.");
        }
        return job;
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.synapsejdbc.local.async;

import java.util.Map;
import org.synapsejdbc.local.http.Caller;

/** What a running job sees: its request, the starter, the start route's path variables, and progress reporting. */
public final class JobContext<R> {

    private final AsyncJob job;
    private final R request;
    private final Map<String, String> pathVars;

    JobContext(AsyncJob job, R request, Map<String, String> pathVars) {
        this.job = job;
        this.request = request;
        this.pathVars = pathVars;
    }

    public R request() {
        return request;
    }

    public Caller caller() {
        return job.caller();
    }

    public String jobId() {
        return job.jobId();
    }

    /** A path variable of the start route (e.g. {@code id} of {@code /entity/{id}/table/query/async/start}). */
    public String pathVar(String name) {
        return pathVars.get(name);
    }

    /** Reports progress; shown in the 202 {@code AsynchronousJobStatus}. */
    public void progress(long current, long total, String message) {
        job.progress(current, total, message);
    }
}

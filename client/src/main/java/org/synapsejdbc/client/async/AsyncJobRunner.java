package org.synapsejdbc.client.async;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synapsejdbc.client.error.SynapseBadRequestException;
import org.synapsejdbc.client.error.SynapseCancelledException;
import org.synapsejdbc.client.error.SynapseJobTimeoutException;
import org.synapsejdbc.client.http.ResponseHandler;
import org.synapsejdbc.client.http.Service;
import org.synapsejdbc.client.http.SynapseTransport;

/**
 * Runs Synapse asynchronous jobs: {@code POST <base>/start} → token, then {@code GET <base>/get/{token}} at once
 * and again on a {@link PollSchedule} while the answer is 202 (read for its progress fields only); a 2xx answer is
 * the result, an error status is the job's failure. Reports progress, honours cancellation and an overall deadline.
 */
public final class AsyncJobRunner {
  private static final Logger LOG = LoggerFactory.getLogger(AsyncJobRunner.class);
  private static final Duration LOG_EVERY = Duration.ofSeconds(10);

  private final SynapseTransport transport;
  private final PollSchedule schedule;

  public AsyncJobRunner(SynapseTransport transport, PollSchedule schedule) {
    this.transport = transport;
    this.schedule = schedule;
  }

  /**
   * Starts a job and waits for its result.
   *
   * @param basePath e.g. {@code /entity/syn1/table/query/async}
   * @param startIsIdempotent whether re-sending the start after an unknown outcome is harmless (queries, CSV
   *     downloads: yes; table transactions: no)
   */
  public <T> T run(Service service, String basePath, Object request, boolean startIsIdempotent,
      ResponseHandler<T> resultDecoder, JobOptions options) {
    String token = start(service, basePath, request, startIsIdempotent);
    return await(service, basePath, token, resultDecoder, options);
  }

  /** Starts a job and waits for its result, decoded as {@code resultType} with {@code SynapseJson.mapper()}. */
  public <T> T run(Service service, String basePath, Object request, boolean startIsIdempotent, Class<T> resultType,
      JobOptions options) {
    return run(service, basePath, request, startIsIdempotent, (status, body) -> {
      try (InputStream in = body.byteStream()) {
        return transport.mapper().readValue(in, resultType);
      }
    }, options);
  }

  /** Starts a job and returns its token. */
  public String start(Service service, String basePath, Object request, boolean idempotent) {
    var call = transport.post(service, basePath + "/start").body(request);
    if (idempotent) {
      call.idempotent();
    }
    JsonNode answer = call.asTree();
    String token = answer.path("token").asText(null);
    if (token == null) {
      throw new SynapseBadRequestException(0, "The job start answer carried no token: " + answer);
    }
    return token;
  }

  /** Polls a started job until it completes, fails, is cancelled or runs past the deadline. */
  public <T> T await(Service service, String basePath, String token, ResponseHandler<T> resultDecoder,
      JobOptions options) {
    long started = System.nanoTime();
    JobProgress last = null;
    long lastLogged = started;
    for (int polls = 1; ; polls++) {
      if (options.cancellation().isCancelled()) {
        throw new SynapseCancelledException("Cancelled while waiting for asynchronous job " + token);
      }
      long sent = System.nanoTime();
      Poll<T> poll = transport.get(service, basePath + "/get/" + token).execute((status, body) -> {
        if (status == 202) {
          try (InputStream in = body.byteStream()) {
            return Poll.pending(JobStatusReader.read(transport.mapper(), in));
          }
        }
        return Poll.done(resultDecoder.handle(status, body));
      });
      Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
      if (poll.done) {
        LOG.debug("job {} done after {} ms and {} polls", token, elapsed.toMillis(), polls);
        return poll.result;
      }
      JobProgress progress = progressOf(token, poll.status, elapsed, polls);
      if (last == null || changed(last, progress)) {
        options.listener().onProgress(progress);
      }
      last = progress;
      if (System.nanoTime() - lastLogged >= LOG_EVERY.toNanos()) {
        LOG.info("still waiting: {}", progress.describe());
        lastLogged = System.nanoTime();
      }
      Duration remaining = options.timeout().minus(elapsed);
      if (remaining.isNegative() || remaining.isZero()) {
        throw new SynapseJobTimeoutException(token, "Asynchronous job did not finish within "
            + options.timeout().toMillis() + " ms: " + progress.describe());
      }
      // Counted from when this poll was sent, so its round trip is part of the wait rather than added to it.
      Duration delay = schedule.nextDelay(Duration.ofNanos(sent - started))
          .minusNanos(System.nanoTime() - sent);
      if (delay.isNegative()) {
        delay = Duration.ZERO;
      }
      if (delay.compareTo(remaining) > 0) {
        delay = remaining;
      }
      try {
        if (options.cancellation().sleep(delay)) {
          throw new SynapseCancelledException("Cancelled while waiting for asynchronous job " + token);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SynapseCancelledException("Interrupted while waiting for asynchronous job " + token);
      }
    }
  }

  private static boolean changed(JobProgress a, JobProgress b) {
    return !Objects.equals(a.state(), b.state()) || !Objects.equals(a.message(), b.message())
        || !Objects.equals(a.current(), b.current()) || !Objects.equals(a.total(), b.total());
  }

  private static JobProgress progressOf(String token, JobStatusReader.Status status, Duration elapsed, int polls) {
    return new JobProgress(token, status.state() == null ? "PROCESSING" : status.state(), status.message(),
        status.current(), status.total(), elapsed, polls);
  }

  private record Poll<T>(boolean done, T result, JobStatusReader.Status status) {
    static <T> Poll<T> pending(JobStatusReader.Status status) {
      return new Poll<>(false, null, status);
    }

    static <T> Poll<T> done(T result) {
      return new Poll<>(true, result, null);
    }
  }
}

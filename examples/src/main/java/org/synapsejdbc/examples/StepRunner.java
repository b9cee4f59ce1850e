package org.synapsejdbc.examples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the tutorial's steps in order: prints each step's heading and result, classifies failures (a missing
 * driver feature is reported as such, never as a result), skips steps whose inputs an earlier step did not
 * produce, and collects every step's outcome.
 */
public final class StepRunner {
  /** The body of a step; it prints through and records values in its {@link StepOutput}. */
  @FunctionalInterface
  public interface Body {
    void run(StepOutput out) throws Exception;
  }

  private final PrintStream out;
  private final List<StepResult> results = new ArrayList<>();
  private final Map<String, Object> values = new HashMap<>();
  private final Map<String, Integer> producedBy = new HashMap<>();

  public StepRunner(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs step {@code title}; {@code needs} are value keys earlier steps must have recorded (see {@link #get}).
   */
  public StepResult step(String title, List<String> needs, Body body) {
    int number = results.size() + 1;
    out.println();
    out.println("== " + number + ". " + title + " ==");
    StepOutput output = new StepOutput(out);
    StepStatus status = StepStatus.OK;
    String problem = null;
    List<String> missing = needs.stream().filter(k -> values.get(k) == null).toList();
    if (!missing.isEmpty()) {
      status = StepStatus.SKIPPED;
      problem = "needs " + String.join(", ", missing.stream().map(this::describeMissing).toList());
    } else {
      try {
        body.run(output);
      } catch (Exception | AssertionError e) {
        Optional<String> feature = MissingFeature.of(e);
        status = feature.isPresent() ? StepStatus.NOT_AVAILABLE : StepStatus.FAILED;
        problem = feature.map(f -> "the driver does not offer " + f + " yet (" + rootMessage(e) + ")")
            .orElseGet(() -> rootMessage(e));
      }
    }
    out.println("   -> " + switch (status) {
      case OK -> "OK";
      case NOT_AVAILABLE -> "NOT AVAILABLE: " + problem;
      case SKIPPED -> "SKIPPED: " + problem;
      case FAILED -> "FAILED: " + problem;
    });
    if (status == StepStatus.OK) {
      output.values().forEach((k, v) -> {
        values.put(k, v);
        producedBy.put(k, number);
      });
    }
    StepResult result = new StepResult(number, title, status, problem, output.lines(), Map.copyOf(
        output.values().entrySet().stream().filter(e -> e.getValue() != null)
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue))));
    results.add(result);
    return result;
  }

  /** A value recorded by an earlier successful step. */
  @SuppressWarnings("unchecked")
  public <T> T get(String key) {
    Object v = values.get(key);
    if (v == null) {
      throw new IllegalStateException("No value " + key + " recorded by an earlier step");
    }
    return (T) v;
  }

  public List<StepResult> results() {
    return List.copyOf(results);
  }

  private String describeMissing(String key) {
    return key + " (from an earlier step that did not succeed)";
  }

  /** The most specific message in the cause chain (Calcite wraps the real reason in several layers). */
  static String rootMessage(Throwable e) {
    String message = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getClass().getSimpleName() + ": " + MissingFeature.firstLine(t.getMessage());
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return message == null ? e.getClass().getSimpleName() : message;
  }
}

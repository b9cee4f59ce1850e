package org.synapsejdbc.examples;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one tutorial step: its number and title, how it ended, the missing feature (for
 * {@link StepStatus#NOT_AVAILABLE}) or the error, the lines it printed and the values it found or created.
 */
public record StepResult(int number, String title, StepStatus status, String problem, List<String> lines,
    Map<String, Object> values) {

  /** A value the step recorded (an id, a count, ...); null when it recorded none under that key. */
  public Object value(String key) {
    return values.get(key);
  }
}

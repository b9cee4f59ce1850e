package org.synapsejdbc.examples;

/** How a tutorial step ended. */
public enum StepStatus {
  /** The step did what it shows. */
  OK,
  /** The driver does not offer a feature the step needs yet; the step says which. */
  NOT_AVAILABLE,
  /** An earlier step the step builds on did not succeed. */
  SKIPPED,
  /** The step failed for another reason. */
  FAILED
}

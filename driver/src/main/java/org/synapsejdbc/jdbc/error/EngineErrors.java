package org.synapsejdbc.jdbc.error;

import org.synapsejdbc.calcite.error.SynapseSqlStates;
import org.synapsejdbc.jdbc.error.ErrorTranslator.Classified;

/**
 * Classifies the {@link Error}s that Calcite raises on inputs it does not anticipate (an {@code AssertionError} in
 * its validator or planner, an {@code ExceptionInInitializerError} from generated code that evaluates a constant,
 * a {@code StackOverflowError} on deeply nested SQL), so that they reach the caller as SQLExceptions like any other
 * failure. Only the JVM's own failures (out of memory, internal errors) are left to propagate.
 */
final class EngineErrors {
  private static final String VALIDATE_PACKAGE = "org.apache.calcite.sql.validate.";
  private static final String COERCION_PACKAGE = "org.apache.calcite.sql.validate.implicit.";

  private EngineErrors() {
  }

  /** Whether {@code failure} should propagate as it is rather than become an SQLException. */
  static boolean passesThrough(Throwable failure) {
    return failure instanceof VirtualMachineError && !(failure instanceof StackOverflowError);
  }

  /**
   * The classification of an Error that has no more telling exception beneath it (the caller looks at the causes
   * first), or null for anything that is not an Error.
   */
  static Classified classify(Throwable t) {
    if (t instanceof StackOverflowError) {
      return new Classified(SynapseSqlStates.TOO_COMPLEX, "The statement is nested too deeply for the query engine to"
          + " process; split it or reduce the nesting of expressions and subqueries", t);
    }
    if (!(t instanceof Error)) {
      return null;
    }
    String detail = t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": "
        + t.getMessage();
    if (raisedIn(t, COERCION_PACKAGE)) {
      return new Classified(SynapseSqlStates.DATATYPE_MISMATCH, "The statement mixes values of incompatible types (for"
          + " example text and BOOLEAN in one IN list or comparison); cast them to one type with CAST(x AS ...)"
          + " (the query engine failed with " + detail + ")", t);
    }
    if (raisedIn(t, VALIDATE_PACKAGE)) {
      return new Classified(SynapseSqlStates.SYNTAX_OR_ACCESS, "The query engine could not validate this statement ("
          + detail + "); check the types and names it uses, or rewrite it", t);
    }
    return new Classified(SynapseSqlStates.GENERAL, "The query engine failed on this statement with " + detail
        + "; rewriting it may avoid the problem", t);
  }

  private static boolean raisedIn(Throwable t, String packagePrefix) {
    StackTraceElement[] stack = t.getStackTrace();
    // The innermost frames tell where it was raised; assertion helpers sit just above it.
    for (int i = 0; i < Math.min(stack.length, 6); i++) {
      if (stack[i].getClassName().startsWith(packagePrefix)) {
        return true;
      }
    }
    return false;
  }
}

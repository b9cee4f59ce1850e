package org.synapsejdbc.calcite.procedure;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import org.synapsejdbc.calcite.error.SynapseSqlStates;

/**
 * The argument values of one procedure call, by position, with typed and validated access. Missing trailing
 * optional arguments read as NULL; values given through JDBC setters of another type are converted leniently
 * (a number for a text parameter, "true"/"1" for a boolean).
 */
public final class ProcedureArgs {
  private final ProcedureSpec spec;
  private final Object[] values;

  public ProcedureArgs(ProcedureSpec spec, Object[] values) {
    this.spec = spec;
    this.values = values.clone();
  }

  public String procedure() {
    return spec.name();
  }

  /** The raw value (null when NULL or not given). */
  public Object raw(int index) {
    return index < values.length ? values[index] : null;
  }

  /** A required text argument. */
  public String string(int index) {
    String s = optString(index);
    if (s == null || s.isEmpty()) {
      throw invalid(index, "must not be NULL or empty");
    }
    return s;
  }

  /** An optional text argument; an empty string counts as not given. */
  public String optString(int index) {
    Object v = raw(index);
    if (v == null) {
      return null;
    }
    String s = v instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : v.toString();
    return s.isEmpty() ? null : s;
  }

  /** A required Synapse entity id ({@code syn123}, or just the number), normalized to {@code syn123}. */
  public String entityId(int index) {
    return normalizeId(index, string(index));
  }

  /** An optional whole number. */
  public Long optLong(int index) {
    Object v = raw(index);
    if (v == null) {
      return null;
    }
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    try {
      return new BigDecimal(v.toString().trim()).longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw invalid(index, "must be a whole number, not '" + v + "'");
    }
  }

  /** An optional boolean ({@code true/false}, {@code 1/0}, {@code yes/no}). */
  public boolean optBoolean(int index, boolean defaultValue) {
    Object v = raw(index);
    if (v == null) {
      return defaultValue;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    return switch (v.toString().trim().toLowerCase(Locale.ROOT)) {
      case "true", "t", "1", "yes", "y" -> true;
      case "false", "f", "0", "no", "n" -> false;
      default -> throw invalid(index, "must be true or false, not '" + v + "'");
    };
  }

  /** An error about argument {@code index}, naming the parameter (SQLState 22023). */
  public ProcedureException invalid(int index, String problem) {
    String name = index < spec.params().size() ? spec.params().get(index).name() : "#" + (index + 1);
    return new ProcedureException(SynapseSqlStates.INVALID_PARAMETER,
        spec.name() + ": parameter '" + name + "' " + problem);
  }

  /** {@code syn123} (any case) or {@code 123} → {@code syn123}; anything else is refused. */
  public String normalizeId(int index, String text) {
    String id = EntityIds.normalize(text);
    if (id == null) {
      throw invalid(index, "must be a Synapse id like syn123, not '" + text + "'");
    }
    return id;
  }

  @Override
  public String toString() {
    return spec.name() + Arrays.toString(values);
  }
}

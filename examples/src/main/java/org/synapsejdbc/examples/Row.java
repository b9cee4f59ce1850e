package org.synapsejdbc.examples;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One result-set row: its values by column label, in column order; labels are matched case-insensitively. */
public final class Row {
  private final Map<String, Object> values;

  Row(Map<String, Object> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The value of the column {@code label} (any letter case). */
  public Object get(String label) {
    if (values.containsKey(label)) {
      return values.get(label);
    }
    for (Map.Entry<String, Object> e : values.entrySet()) {
      if (e.getKey().equalsIgnoreCase(label)) {
        return e.getValue();
      }
    }
    throw new IllegalArgumentException("No column " + label + " in " + values.keySet());
  }

  /** The value as text ({@code null} stays null). */
  public String text(String label) {
    Object v = get(label);
    return v == null ? null : v.toString();
  }

  /** The value as a long (numbers or numeric text). */
  public Long number(String label) {
    Object v = get(label);
    if (v == null) {
      return null;
    }
    return v instanceof Number n ? n.longValue() : Long.parseLong(v.toString().trim());
  }

  public List<String> labels() {
    return List.copyOf(values.keySet());
  }

  public Map<String, Object> asMap() {
    return values;
  }

  @Override
  public String toString() {
    return values.toString();
  }
}

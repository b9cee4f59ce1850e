package org.synapsejdbc.calcite.procedure;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses Synapse entity ids ({@code syn123}, {@code 123}) and versioned references ({@code syn123.4}). */
public final class EntityIds {
  private static final Pattern ID = Pattern.compile("(?i)(?:syn)?(\\d{1,18})");
  private static final Pattern VERSIONED = Pattern.compile("(?i)(?:syn)?(\\d{1,18})(?:\\.(\\d{1,9}))?");

  private EntityIds() {
  }

  /** The id as {@code syn123}, or null when the text is not an entity id. */
  public static String normalize(String text) {
    Matcher m = ID.matcher(text.trim());
    return m.matches() ? "syn" + Long.parseLong(m.group(1)) : null;
  }

  /** An id with an optional version; null when the text is not one. */
  public static Versioned parseVersioned(String text) {
    String t = text.trim();
    if (!t.toLowerCase(Locale.ROOT).startsWith("syn")) {
      return null;
    }
    Matcher m = VERSIONED.matcher(t);
    if (!m.matches()) {
      return null;
    }
    return new Versioned("syn" + Long.parseLong(m.group(1)), m.group(2) == null ? null : Long.parseLong(m.group(2)));
  }

  /** An entity id and an optional version number. */
  public record Versioned(String id, Long version) {
  }
}

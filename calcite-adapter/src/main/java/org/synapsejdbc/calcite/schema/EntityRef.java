package org.synapsejdbc.calcite.schema;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table name that is a Synapse id: {@code syn123} (current version) or {@code syn123.4} (snapshot 4), in any
 * letter case; such names resolve in every schema.
 */
public record EntityRef(String id, Long version) {
  private static final Pattern SYN = Pattern.compile("syn([0-9]{1,18})(?:\\.([0-9]{1,18}))?");

  /** Parses a table name; empty when it is not an entity id. */
  public static Optional<EntityRef> parse(String name) {
    Matcher m = SYN.matcher(name.toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new EntityRef("syn" + Long.parseLong(m.group(1)),
        m.group(2) == null ? null : Long.parseLong(m.group(2))));
  }

  /** The canonical table name, {@code syn123} or {@code syn123.4}. */
  public String name() {
    return version == null ? id : id + "." + version;
  }
}

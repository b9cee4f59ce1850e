package org.synapsejdbc.jdbc.doc;

import java.util.stream.Collectors;
import org.synapsejdbc.jdbc.SynapseProperty;

/**
 * Renders the connection-property table of the README from {@link SynapseProperty}; run its {@code main} to
 * print it, and keep the README section identical to the output.
 */
public final class PropertyTable {
  private PropertyTable() {
  }

  /** The Markdown table: property, default, allowed values, description. */
  public static String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("| Property | Default | Allowed values | Description |\n");
    out.append("|---|---|---|---|\n");
    for (SynapseProperty p : SynapseProperty.values()) {
      out.append("| `").append(p.key()).append("` | ")
          .append(p.defaultValue() == null ? "" : "`" + p.defaultValue() + "`").append(" | ")
          .append(p.choices().stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "))).append(" | ")
          .append(p.description().replace("|", "\\|"))
          .append(p.allowedInUrl() ? "" : " Not allowed in the URL.")
          .append(" |\n");
    }
    return out.toString();
  }

  public static void main(String[] args) {
    System.out.print(markdown());
  }
}

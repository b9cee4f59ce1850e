package org.synapsejdbc.calcite.procedure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.synapsejdbc.client.model.Reference;
import org.synapsejdbc.client.model.SynapseJson;
import org.synapsejdbc.client.model.Used;
import org.synapsejdbc.client.model.UsedEntity;
import org.synapsejdbc.client.model.UsedURL;

/**
 * Parses the {@code used}/{@code executed} arguments of {@code set_provenance}: a JSON array or a
 * comma-separated list of {@code syn123}, {@code syn123.4} (a version) or absolute URLs.
 */
final class UsedList {
  private UsedList() {
  }

  /** The entries of argument {@code index} (empty when NULL), marked executed or not. */
  static List<Used> parse(ProcedureArgs args, int index, boolean executed) {
    List<Used> out = new ArrayList<>();
    for (String item : items(args, index)) {
      EntityIds.Versioned ref = EntityIds.parseVersioned(item);
      if (ref != null) {
        out.add(new UsedEntity().setReference(new Reference().setTargetId(ref.id())
            .setTargetVersionNumber(ref.version())).setWasExecuted(executed));
      } else if (isUrl(item)) {
        out.add(new UsedURL().setName(item).setUrl(item).setWasExecuted(executed));
      } else {
        throw args.invalid(index, "has '" + item + "', which is neither a Synapse id (syn123, syn123.4) nor "
            + "an absolute URL");
      }
    }
    return out;
  }

  private static List<String> items(ProcedureArgs args, int index) {
    String text = args.optString(index);
    List<String> items = new ArrayList<>();
    if (text == null) {
      return items;
    }
    String t = text.trim();
    if (t.startsWith("[")) {
      try {
        JsonNode array = SynapseJson.mapper().readTree(t);
        for (JsonNode n : array) {
          if (!n.isTextual()) {
            throw args.invalid(index, "must be a JSON array of strings");
          }
          items.add(n.asText().trim());
        }
      } catch (JsonProcessingException e) {
        throw args.invalid(index, "is not a valid JSON array: " + e.getOriginalMessage());
      }
    } else {
      for (String part : t.split(",")) {
        if (!part.isBlank()) {
          items.add(part.trim());
        }
      }
    }
    return items;
  }

  private static boolean isUrl(String s) {
    try {
      URI uri = new URI(s);
      return uri.isAbsolute() && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}

package org.synapsejdbc.calcite.procedure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.synapsejdbc.client.model.SynapseJson;

/** Reads a list of entity ids given as a JSON array or a comma-separated list, and writes id lists as JSON. */
final class IdLists {
  private IdLists() {
  }

  static List<String> parse(ProcedureArgs args, int index) {
    String text = args.string(index).trim();
    List<String> raw = new ArrayList<>();
    if (text.startsWith("[")) {
      try {
        for (JsonNode n : SynapseJson.mapper().readTree(text)) {
          raw.add(n.asText());
        }
      } catch (JsonProcessingException e) {
        throw args.invalid(index, "is not a valid JSON array: " + e.getOriginalMessage());
      }
    } else {
      for (String part : text.split(",")) {
        if (!part.isBlank()) {
          raw.add(part);
        }
      }
    }
    if (raw.isEmpty()) {
      throw args.invalid(index, "must list at least one id");
    }
    List<String> ids = new ArrayList<>();
    for (String r : raw) {
      ids.add(args.normalizeId(index, r));
    }
    return ids;
  }

  static String json(List<String> ids) {
    try {
      return SynapseJson.mapper().writeValueAsString(ids == null ? List.of() : ids);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

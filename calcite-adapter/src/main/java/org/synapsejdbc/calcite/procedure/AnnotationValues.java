package org.synapsejdbc.calcite.procedure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.synapsejdbc.client.model.AnnotationsValue;
import org.synapsejdbc.client.model.AnnotationsValueType;
import org.synapsejdbc.client.model.SynapseJson;

/**
 * Reads annotation values given to procedures: a JSON object either in Synapse's wire form
 * ({@code {"k":{"type":"LONG","value":["1"]}}}) or plain ({@code {"k":1,"tags":["a","b"],"ok":true}}, types
 * inferred), and single values with an explicit type. A JSON {@code null} means: remove the key.
 */
final class AnnotationValues {
  private AnnotationValues() {
  }

  /** Key → value (null = remove), in the order given; problems are reported against argument {@code index}. */
  static Map<String, AnnotationsValue> parseObject(ProcedureArgs args, int index) {
    JsonNode root;
    try {
      root = SynapseJson.mapper().readTree(args.string(index));
    } catch (JsonProcessingException e) {
      throw args.invalid(index, "is not valid JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw args.invalid(index, "must be a JSON object of annotation names to values");
    }
    Map<String, AnnotationsValue> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), value(args, index, e.getKey(), e.getValue()));
    }
    return out;
  }

  private static AnnotationsValue value(ProcedureArgs args, int index, String key, JsonNode node) {
    if (node.isNull()) {
      return null;
    }
    if (node.isObject() && node.has("type") && node.has("value")) {
      AnnotationsValueType type = type(args, index, node.get("type").asText());
      List<String> values = new ArrayList<>();
      for (JsonNode v : node.get("value")) {
        values.add(checked(args, index, key, type, v.asText()));
      }
      return new AnnotationsValue().setType(type).setValue(values);
    }
    List<JsonNode> items = new ArrayList<>();
    if (node.isArray()) {
      node.forEach(items::add);
      if (items.isEmpty()) {
        throw args.invalid(index, "has an empty list for '" + key + "' (use null to remove an annotation)");
      }
    } else {
      items.add(node);
    }
    AnnotationsValueType type = inferred(args, index, key, items);
    List<String> values = new ArrayList<>();
    for (JsonNode item : items) {
      values.add(item.asText());
    }
    return new AnnotationsValue().setType(type).setValue(values);
  }

  private static AnnotationsValueType inferred(ProcedureArgs args, int index, String key, List<JsonNode> items) {
    AnnotationsValueType type = null;
    for (JsonNode item : items) {
      AnnotationsValueType t;
      if (item.isBoolean()) {
        t = AnnotationsValueType.BOOLEAN;
      } else if (item.isIntegralNumber()) {
        t = AnnotationsValueType.LONG;
      } else if (item.isNumber()) {
        t = AnnotationsValueType.DOUBLE;
      } else if (item.isTextual()) {
        t = AnnotationsValueType.STRING;
      } else {
        throw args.invalid(index, "has a value for '" + key + "' that is not a string, number or boolean");
      }
      if (type == AnnotationsValueType.LONG && t == AnnotationsValueType.DOUBLE
          || type == AnnotationsValueType.DOUBLE && t == AnnotationsValueType.LONG) {
        t = AnnotationsValueType.DOUBLE;
      } else if (type != null && type != t) {
        throw args.invalid(index, "mixes value types in the list for '" + key + "'");
      }
      type = t;
    }
    return type;
  }

  /** A single value of the given type name (default STRING); dates may be epoch ms or ISO-8601 instants. */
  static AnnotationsValue single(ProcedureArgs args, int valueIndex, int typeIndex, String key) {
    String typeName = args.optString(typeIndex);
    AnnotationsValueType type = typeName == null ? AnnotationsValueType.STRING : type(args, typeIndex, typeName);
    String value = args.optString(valueIndex);
    if (value == null) {
      return null;
    }
    return new AnnotationsValue().setType(type).setValue(List.of(checked(args, valueIndex, key, type, value)));
  }

  private static AnnotationsValueType type(ProcedureArgs args, int index, String name) {
    String n = name.trim().toUpperCase(Locale.ROOT);
    if (n.equals("TIMESTAMP") || n.equals("DATE")) {
      return AnnotationsValueType.TIMESTAMP_MS;
    }
    if (n.equals("INTEGER") || n.equals("BIGINT")) {
      return AnnotationsValueType.LONG;
    }
    try {
      return AnnotationsValueType.valueOf(n);
    } catch (IllegalArgumentException e) {
      throw args.invalid(index, "has an unknown annotation type '" + name
          + "' (STRING, LONG, DOUBLE, BOOLEAN or TIMESTAMP_MS)");
    }
  }

  /** The value in Synapse's string form, after checking it fits the type. */
  private static String checked(ProcedureArgs args, int index, String key, AnnotationsValueType type, String v) {
    try {
      switch (type) {
        case LONG:
          return Long.toString(Long.parseLong(v.trim()));
        case DOUBLE:
          return Double.toString(Double.parseDouble(v.trim()));
        case BOOLEAN:
          String b = v.trim().toLowerCase(Locale.ROOT);
          if (!b.equals("true") && !b.equals("false")) {
            throw new NumberFormatException();
          }
          return b;
        case TIMESTAMP_MS:
          String t = v.trim();
          return t.matches("-?\\d+") ? t : Long.toString(Instant.parse(t).toEpochMilli());
        default:
          return v;
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      throw args.invalid(index, "has a value '" + v + "' for '" + key + "' that is not a valid " + type);
    }
  }
}

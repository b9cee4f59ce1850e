package org.synapsejdbc.local.sql.h2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * MySQL's JSON functions as H2 Java functions (registered by {@link H2Functions#install}), rendering JSON
 * text the way MySQL does ({@code ", "} between items, {@code ": "} after keys).
 */
public final class H2JsonFunctions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private H2JsonFunctions() {
    }

    private static JsonNode scalar(String v) {
        if (v == null) {
            return JSON.nullNode();
        }
        try {
            JsonNode n = JSON.readTree(v);
            if (n != null && (n.isNumber() || n.isContainerNode() || n.isBoolean())) {
                return n;
            }
        } catch (Exception ignored) {
            // a plain string
        }
        return JSON.getNodeFactory().textNode(v);
    }

    /** MySQL's JSON text rendering: ", " between items and ": " after keys. */
    static String render(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < n.size(); i++) {
                sb.append(i == 0 ? "" : ", ").append(render(n.get(i)));
            }
            return sb.append(']').toString();
        }
        if (n.isObject()) {
            StringBuilder sb = new StringBuilder("{");
            var it = n.fields();
            boolean first = true;
            while (it.hasNext()) {
                var e = it.next();
                sb.append(first ? "" : ", ").append(JSON.getNodeFactory().textNode(e.getKey())).append(": ").append(render(e.getValue()));
                first = false;
            }
            return sb.append('}').toString();
        }
        return n.toString();
    }

    /** Re-renders JSON text in MySQL's spacing. */
    public static String jsonRender(String json) {
        return json == null ? null : render(parse(json));
    }

    public static String jsonObject(String... kv) {
        ObjectNode o = JSON.createObjectNode();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            o.set(kv[i], scalar(kv[i + 1]));
        }
        return render(o);
    }

    public static String jsonArray(String... items) {
        ArrayNode a = JSON.createArrayNode();
        for (String i : items) {
            a.add(scalar(i));
        }
        return render(a);
    }

    private static JsonNode parse(String json) {
        try {
            return json == null ? null : JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalArgumentException("Invalid JSON text: " + json);
        }
    }

    /** JSON_EXTRACT with simple paths ({@code $.a.b[0]}); several paths give an array. */
    public static String jsonExtract(String json, String... paths) {
        JsonNode root = parse(json);
        if (root == null) {
            return null;
        }
        if (paths.length == 1) {
            return render(navigate(root, paths[0]));
        }
        ArrayNode out = JSON.createArrayNode();
        for (String p : paths) {
            JsonNode n = navigate(root, p);
            if (n != null) {
                out.add(n);
            }
        }
        return out.isEmpty() ? null : render(out);
    }

    private static JsonNode navigate(JsonNode root, String path) {
        if (path == null || !path.startsWith("$")) {
            throw new IllegalArgumentException("Invalid JSON path expression: " + path);
        }
        JsonNode n = root;
        int i = 1;
        while (i < path.length() && n != null) {
            char c = path.charAt(i);
            if (c == '.') {
                int j = i + 1;
                String key;
                if (j < path.length() && path.charAt(j) == '"') {
                    int end = path.indexOf('"', j + 1);
                    key = path.substring(j + 1, end);
                    i = end + 1;
                } else {
                    int end = j;
                    while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                        end++;
                    }
                    key = path.substring(j, end);
                    i = end;
                }
                n = n.get(key);
            } else if (c == '[') {
                int end = path.indexOf(']', i);
                n = n.get(Integer.parseInt(path.substring(i + 1, end).trim()));
                i = end + 1;
            } else {
                throw new IllegalArgumentException("Invalid JSON path expression: " + path);
            }
        }
        return n;
    }

    public static String jsonUnquote(String s) {
        if (s == null) {
            return null;
        }
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            JsonNode n = parse(s);
            return n.asText();
        }
        return s;
    }

    public static String jsonQuote(String s) {
        return s == null ? null : JSON.getNodeFactory().textNode(s).toString();
    }

    public static Boolean jsonOverlaps(String a, String b) {
        JsonNode x = parse(a);
        JsonNode y = parse(b);
        if (x == null || y == null) {
            return null;
        }
        if (!x.isArray() && !y.isArray()) {
            return x.equals(y);
        }
        for (JsonNode i : x.isArray() ? x : JSON.createArrayNode().add(x)) {
            for (JsonNode j : y.isArray() ? y : JSON.createArrayNode().add(y)) {
                if (i.equals(j)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** JSON_SEARCH(json, 'one'|'all', string): the path(s) of string values equal to the string. */
    public static String jsonSearch(String json, String mode, String search) {
        JsonNode root = parse(json);
        if (root == null || search == null) {
            return null;
        }
        ArrayNode found = JSON.createArrayNode();
        collect(root, "$", search, found);
        if (found.isEmpty()) {
            return null;
        }
        return "one".equalsIgnoreCase(mode) || found.size() == 1 ? render(found.get(0)) : render(found);
    }

    private static void collect(JsonNode n, String path, String search, ArrayNode found) {
        if (n.isTextual() && n.asText().equals(search)) {
            found.add(path);
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                collect(n.get(i), path + "[" + i + "]", search, found);
            }
        } else if (n.isObject()) {
            var it = n.fields();
            while (it.hasNext()) {
                var e = it.next();
                collect(e.getValue(), path + "." + e.getKey(), search, found);
            }
        }
    }
}

package org.synapsejdbc.client.auth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A parsed {@code ~/.synapseConfig}: INI sections of {@code key = value} (or {@code key: value}) pairs, keys
 * lower-cased as Python's configparser does, {@code #}/{@code ;} comment lines ignored.
 */
public final class SynapseConfigFile {
  private final Map<String, Map<String, String>> sections;

  private SynapseConfigFile(Map<String, Map<String, String>> sections) {
    this.sections = sections;
  }

  public static SynapseConfigFile read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  public static SynapseConfigFile parse(String text) {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>();
    Map<String, String> current = null;
    for (String rawLine : text.split("\\R")) {
      String line = rawLine.strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        String name = line.substring(1, line.length() - 1).strip().replaceAll("\\s+", " ");
        current = sections.computeIfAbsent(name, k -> new LinkedHashMap<>());
        continue;
      }
      int eq = indexOfSeparator(line);
      if (current == null || eq < 0) {
        continue; // keys outside a section or malformed lines carry no credentials we could use
      }
      current.put(line.substring(0, eq).strip().toLowerCase(Locale.ROOT), line.substring(eq + 1).strip());
    }
    return new SynapseConfigFile(sections);
  }

  private static int indexOfSeparator(String line) {
    int eq = line.indexOf('=');
    int colon = line.indexOf(':');
    if (eq < 0) {
      return colon;
    }
    return colon < 0 ? eq : Math.min(eq, colon);
  }

  public boolean hasSection(String name) {
    return sections.containsKey(name);
  }

  /** The value of {@code key} (case-insensitive) in {@code section}, or null. */
  public String get(String section, String key) {
    Map<String, String> s = sections.get(section);
    if (s == null) {
      return null;
    }
    String v = s.get(key.toLowerCase(Locale.ROOT));
    return v == null || v.isEmpty() ? null : v;
  }

  @Override
  public String toString() {
    return "SynapseConfigFile{sections=" + sections.keySet() + "}";
  }
}

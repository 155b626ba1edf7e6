package io.github.stackdocs.read.params;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.read.JsonLimits;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A TOML file ({@code samconfig.toml}) as a {@link Node} tree. Jackson's TOML reader parses it (all of TOML 1.0,
 * with the input limits of {@link JsonLimits}); it keeps no positions of values, so each key's position is found in
 * the text: a {@code [table]} header, then {@code key = value} lines under it. A key written another way (an inline
 * table) gets its table's position.
 */
final class TomlDocument {
  private static final TomlMapper MAPPER = new TomlMapper(
      (TomlFactory) TomlFactory.builder().streamReadConstraints(JsonLimits.CONSTRAINTS).build());

  private final RawText raw;
  private final Map<String, SourceLocation> keys = new HashMap<>();

  private TomlDocument(RawText raw) {
    this.raw = raw;
    locateKeys();
  }

  /** The document, or empty with one finding at the syntax error. */
  static Optional<Node> parse(RawText raw, Findings findings) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(raw.text());
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      SourceLocation at = l == null || l.getLineNr() <= 0 ? SourceLocation.of(raw.file())
          : raw.at(l.getLineNr(), Math.max(l.getColumnNr(), 0));
      findings.error(JsonLimits.isLimit(e) ? "too-large" : "toml-syntax", JsonLimits.describe(e), at);
      return Optional.empty();
    } catch (RuntimeException | StackOverflowError e) {
      findings.error("toml-syntax", "the TOML file cannot be read (" + e.getClass().getSimpleName() + ")",
          SourceLocation.of(raw.file()));
      return Optional.empty();
    }
    if (tree == null || !tree.isObject()) {
      return Optional.empty();
    }
    TomlDocument d = new TomlDocument(raw);
    return Optional.of(d.node(tree, "", raw.at(1, 1)));
  }

  private Node node(JsonNode json, String path, SourceLocation at) {
    if (json.isObject()) {
      Map<String, Node> entries = new LinkedHashMap<>();
      Map<String, SourceLocation> keyAt = new LinkedHashMap<>();
      json.properties().forEach(e -> {
        String child = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
        SourceLocation where = keys.getOrDefault(child, at);
        entries.put(e.getKey(), node(e.getValue(), child, where));
        keyAt.put(e.getKey(), where);
      });
      return new Node.MapNode(entries, keyAt, at);
    }
    if (json.isArray()) {
      List<Node> items = new ArrayList<>();
      json.forEach(item -> items.add(node(item, path, at)));
      return new Node.ListNode(items, at);
    }
    Object value = json.isBoolean() ? (Object) json.booleanValue()
        : json.isIntegralNumber() ? (Object) json.bigIntegerValue()
        : json.isNumber() ? (Object) json.doubleValue() : json.asText();
    return new Node.ScalarNode(value, at);
  }

  /** {@code [a.b]} headers and {@code key = value} lines → "a.b.key" → where the value starts. */
  private void locateKeys() {
    String table = "";
    for (int n = 1; n <= raw.lines(); n++) {
      String line = raw.line(n);
      String trimmed = line.strip();
      if (trimmed.startsWith("[") && !trimmed.startsWith("[[")) {
        int end = trimmed.indexOf(']');
        if (end > 0) {
          table = dotted(trimmed.substring(1, end));
          keys.putIfAbsent(table, raw.at(n, line.indexOf('[') + 1));
        }
        continue;
      }
      int eq = line.indexOf('=');
      if (eq > 0 && !trimmed.startsWith("#") && !trimmed.startsWith("\"\"\"") && isKey(line.substring(0, eq))) {
        String key = dotted(line.substring(0, eq));
        int value = eq + 1;
        while (value < line.length() && (line.charAt(value) == ' ' || line.charAt(value) == '\t')) {
          value++;
        }
        keys.putIfAbsent(table.isEmpty() ? key : table + "." + key, raw.at(n, value + 1));
      }
    }
  }

  private static boolean isKey(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '"' || c == '\'' || c == ' ')) {
        return false;
      }
    }
    return true;
  }

  /** {@code a . "b" . c} → {@code a.b.c}. */
  private static String dotted(String text) {
    List<String> parts = new ArrayList<>();
    for (String part : text.split("\\.", -1)) {
      String p = part.strip();
      if (p.length() >= 2 && (p.startsWith("\"") && p.endsWith("\"") || p.startsWith("'") && p.endsWith("'"))) {
        p = p.substring(1, p.length() - 1);
      }
      parts.add(p);
    }
    return String.join(".", parts);
  }
}

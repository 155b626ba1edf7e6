package io.github.stackdocs.read.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Terraform's sensitivity marks ({@code sensitive_values}, {@code after_sensitive}, {@code before_sensitive}): a
 * structure mirroring the value, {@code true} where a value (and everything inside it) is sensitive.
 */
final class Marks {
  private static final int MAX_DEPTH = 512;

  private Marks() {}

  /** What either marks as sensitive. */
  static JsonNode union(JsonNode a, JsonNode b) {
    return union(a, b, 0);
  }

  private static JsonNode union(JsonNode a, JsonNode b, int depth) {
    if (sensitive(a) || sensitive(b) || depth > MAX_DEPTH) {
      return BooleanNode.TRUE;
    }
    if (!b.isContainerNode()) {
      return a;
    }
    if (!a.isContainerNode()) {
      return b;
    }
    if (a.isObject() && b.isObject()) {
      ObjectNode out = JsonNodeFactory.instance.objectNode();
      out.setAll((ObjectNode) a);
      Iterator<Map.Entry<String, JsonNode>> it = b.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        out.set(e.getKey(), union(a.path(e.getKey()), e.getValue(), depth + 1));
      }
      return out;
    }
    if (a.isArray() && b.isArray()) {
      ArrayNode out = JsonNodeFactory.instance.arrayNode();
      for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
        out.add(union(a.path(i), b.path(i), depth + 1));
      }
      return out;
    }
    return BooleanNode.TRUE; // shapes that disagree: sensitive, to be safe
  }

  /** Whether the mark says the value or anything inside it is sensitive. */
  static boolean anySensitive(JsonNode mark) {
    if (sensitive(mark)) {
      return true;
    }
    for (JsonNode inner : mark) {
      if (anySensitive(inner)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the mark says the whole value is sensitive. */
  static boolean sensitive(JsonNode mark) {
    return mark != null && mark.isBoolean() && mark.booleanValue();
  }
}

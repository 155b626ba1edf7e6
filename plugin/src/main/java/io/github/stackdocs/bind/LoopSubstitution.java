package io.github.stackdocs.bind;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One item of a {@code Fn::ForEach} collection put in for its identifier: {@code ${Identifier}} becomes the item,
 * {@code &{Identifier}} the item's letters and digits only, in keys and in strings, and {@code {"Ref": Identifier}}
 * becomes the item.
 */
final class LoopSubstitution {
  private final String identifier;
  private final String item;
  private final String dollar;
  private final String ampersand;

  LoopSubstitution(String identifier, String item) {
    this.identifier = identifier;
    this.item = item;
    this.dollar = "${" + identifier + "}";
    this.ampersand = "&{" + identifier + "}";
  }

  String text(String s) {
    if (s.indexOf('{') < 0) {
      return s;
    }
    return s.replace(dollar, item).replace(ampersand, alphanumeric(item));
  }

  static String alphanumeric(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  Node node(Node node) {
    if (node instanceof ScalarNode s) {
      if (!(s.value() instanceof String text)) {
        return s;
      }
      String replaced = text(text);
      return replaced.equals(text) ? s : new ScalarNode(replaced, s.location());
    }
    if (node instanceof ListNode l) {
      List<Node> items = new ArrayList<>(l.size());
      l.items().forEach(i -> items.add(node(i)));
      return new ListNode(items, l.location());
    }
    MapNode m = (MapNode) node;
    if (m.size() == 1 && m.get("Ref") instanceof ScalarNode r && identifier.equals(r.value())) {
      return new ScalarNode(item, m.location());
    }
    Map<String, Node> entries = new LinkedHashMap<>();
    Map<String, SourceLocation> keys = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : m.entries().entrySet()) {
      String key = text(e.getKey());
      entries.put(key, node(e.getValue()));
      keys.put(key, m.keyLocation(e.getKey()));
    }
    return new MapNode(entries, keys, m.location());
  }
}

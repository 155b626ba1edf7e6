package io.github.stackdocs.render.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stackdocs.model.Node;
import java.math.BigDecimal;
import java.math.BigInteger;

/** A template value as plain JSON (mapping order kept; no locations). */
final class NodeJson {
  private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);

  private NodeJson() {}

  static JsonNode of(Node node) {
    if (node instanceof Node.MapNode m) {
      ObjectNode o = F.objectNode();
      m.entries().forEach((k, v) -> o.set(k, of(v)));
      return o;
    }
    if (node instanceof Node.ListNode l) {
      var a = F.arrayNode();
      l.items().forEach(i -> a.add(of(i)));
      return a;
    }
    Object v = ((Node.ScalarNode) node).value();
    if (v == null) {
      return F.nullNode();
    } else if (v instanceof Boolean b) {
      return F.booleanNode(b);
    } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      return F.numberNode(((Number) v).longValue());
    } else if (v instanceof BigInteger bi) {
      return F.numberNode(bi);
    } else if (v instanceof BigDecimal bd) {
      return F.numberNode(bd);
    } else if (v instanceof Double d && Double.isFinite(d)) {
      return F.numberNode(d);
    } else if (v instanceof Float f && Float.isFinite(f)) {
      return F.numberNode(f.doubleValue());
    }
    return F.textNode(v.toString());
  }
}

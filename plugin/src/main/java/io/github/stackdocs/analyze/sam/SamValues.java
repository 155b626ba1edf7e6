package io.github.stackdocs.analyze.sam;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.Parameter;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Values as the SAM translator sees them: {@code Globals} merged into a resource's properties, and
 * {@code Ref}s to parameters with defaults resolved (the translator resolves those too).
 */
final class SamValues {
  private static final MapNode EMPTY = new MapNode(Map.of(), Map.of(), SourceLocation.UNKNOWN);
  private final Map<String, String> defaults = new LinkedHashMap<>();
  private final Optional<MapNode> globals;

  SamValues(Stack stack) {
    for (Parameter p : stack.parameters()) {
      p.defaultValue().ifPresent(d -> defaults.put(p.name(), d));
    }
    this.globals = stack.globals();
  }

  /** The properties of a resource with the {@code Globals} section for its kind ({@code Function} ...) merged in. */
  MapNode properties(MapNode own, String globalsKey) {
    Node global = globals.map(g -> g.get(globalsKey)).orElse(null);
    return global instanceof MapNode g ? merge(g, own) : own;
  }

  /** SAM's merge: mappings merged key by key, lists concatenated (global first), scalars overridden locally. */
  static MapNode merge(MapNode global, MapNode local) {
    if (isIntrinsic(local) || isIntrinsic(global)) {
      return local;
    }
    Map<String, Node> out = new LinkedHashMap<>(global.entries());
    local.entries().forEach((k, v) -> {
      Node g = out.get(k);
      if (g instanceof MapNode gm && v instanceof MapNode lm) {
        out.put(k, merge(gm, lm));
      } else if (g instanceof ListNode gl && v instanceof ListNode ll) {
        List<Node> items = new ArrayList<>(gl.items());
        items.addAll(ll.items());
        out.put(k, new ListNode(items, ll.location()));
      } else {
        out.put(k, v);
      }
    });
    return new MapNode(out, Map.of(), local.location());
  }

  static boolean isIntrinsic(MapNode m) {
    return m.singleKey().filter(k -> k.equals("Ref") || k.startsWith("Fn::")).isPresent();
  }

  /** A string value: a scalar, or a {@code Ref} to a parameter with a default; empty otherwise. */
  Optional<String> text(Node node) {
    if (node instanceof ScalarNode s && !s.isNull()) {
      return Optional.of(s.text());
    }
    if (node instanceof MapNode m && m.singleKey().filter("Ref"::equals).isPresent()
        && m.get("Ref") instanceof ScalarNode r) {
      return Optional.ofNullable(defaults.get(r.text()));
    }
    return Optional.empty();
  }

  Optional<String> text(MapNode map, String key) {
    return map == null ? Optional.empty() : text(map.get(key));
  }

  /** A value written as a plain scalar (the translator builds some ids from literals only, not parameters). */
  static Optional<String> literal(MapNode map, String key) {
    return map != null && map.get(key) instanceof ScalarNode s && !s.isNull() ? Optional.of(s.text()) : Optional.empty();
  }

  /** The logical id a {@code Ref} names; empty for anything else. */
  static Optional<String> ref(Node node) {
    return node instanceof MapNode m && m.singleKey().filter("Ref"::equals).isPresent()
        && m.get("Ref") instanceof ScalarNode r ? Optional.of(r.text()) : Optional.empty();
  }

  static MapNode map(Node node) {
    return node instanceof MapNode m ? m : EMPTY;
  }

  static MapNode map(MapNode parent, String key) {
    return parent == null ? EMPTY : map(parent.get(key));
  }

  static boolean has(MapNode map, String key) {
    return map != null && map.has(key) && !(map.get(key) instanceof ScalarNode s && s.isNull());
  }

  /** The letters and digits of a name (logical ids allow nothing else). */
  static String alnum(String s) {
    return s.replaceAll("[^A-Za-z0-9]", "");
  }
}

package io.github.stackdocs.analyze.sam;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.model.Stack;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which properties of a SAM resource its template's {@code Globals} give: {@link #FROM_GLOBALS} when only
 * {@code Globals} set it, {@link #MERGED} when the resource sets it too and SAM merges both (mappings key by key,
 * lists concatenated); a scalar the resource sets itself overrides {@code Globals} and is not listed.
 */
public final class SamGlobals {
  public static final String FROM_GLOBALS = "from Globals";
  public static final String MERGED = "merged with Globals";

  private SamGlobals() {}

  /** Property name → {@link #FROM_GLOBALS} or {@link #MERGED}; empty for other resources or without Globals. */
  public static Map<String, String> sources(Stack stack, Resource r) {
    Map<String, String> out = new LinkedHashMap<>();
    globals(stack, r).ifPresent(g -> g.entries().forEach((name, value) -> {
      Node own = r.properties().get(name);
      if (own == null) {
        out.put(name, FROM_GLOBALS);
      } else if (own instanceof MapNode m && value instanceof MapNode gm && !SamValues.isIntrinsic(m)
          && !SamValues.isIntrinsic(gm) || own instanceof ListNode && value instanceof ListNode) {
        out.put(name, MERGED);
      }
    }));
    return out;
  }

  /**
   * The properties as the SAM transform sees them ({@code Globals} merged in), the resource's own first in source
   * order, then those only {@code Globals} set; {@code own} itself when no {@code Globals} apply.
   */
  public static MapNode properties(Stack stack, Resource r, MapNode own) {
    Optional<MapNode> globals = globals(stack, r);
    if (globals.isEmpty()) {
      return own;
    }
    MapNode merged = SamValues.merge(globals.get(), own);
    Map<String, Node> ordered = new LinkedHashMap<>();
    own.entries().keySet().forEach(k -> ordered.put(k, merged.get(k)));
    merged.entries().forEach(ordered::putIfAbsent);
    Map<String, SourceLocation> keys = new LinkedHashMap<>(own.keyLocations());
    globals.get().keyLocations().forEach(keys::putIfAbsent);
    return new MapNode(ordered, keys, own.location());
  }

  private static Optional<MapNode> globals(Stack stack, Resource r) {
    String key = SamTranslator.globalsKey(r.type());
    return key == null ? Optional.empty()
        : stack.globals().map(g -> g.get(key)).filter(MapNode.class::isInstance).map(MapNode.class::cast);
  }
}

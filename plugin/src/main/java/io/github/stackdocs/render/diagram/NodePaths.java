package io.github.stackdocs.render.diagram;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Resource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a value of a resource by a reference path ({@code Properties.Policies[0].PolicyDocument.Statement[1]}):
 * mapping keys separated by dots, list indexes in brackets. Intrinsic functions on the way (whose arguments add
 * no path segments) end the walk with nothing, so a meaning is never guessed from the wrong value.
 */
final class NodePaths {
  private NodePaths() {}

  /** The path's segments: keys as written, indexes as {@code [n]}. */
  static List<String> segments(String path) {
    List<String> result = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[') {
        if (sb.length() > 0) {
          result.add(sb.toString());
          sb.setLength(0);
        }
        if (c == '[') {
          sb.append('[');
        }
      } else if (c == ']') {
        sb.append(']');
        result.add(sb.toString());
        sb.setLength(0);
      } else {
        sb.append(c);
      }
    }
    if (sb.length() > 0) {
      result.add(sb.toString());
    }
    return result;
  }

  /** The value at {@code path} of {@code resource} (the path starts with {@code Properties}). */
  static Optional<Node> at(Resource resource, String path) {
    List<String> segments = segments(path);
    if (segments.isEmpty() || !segments.get(0).equals("Properties")) {
      return Optional.empty();
    }
    return at(resource.properties(), segments.subList(1, segments.size()));
  }

  static Optional<Node> at(Node root, List<String> segments) {
    Node node = root;
    for (String s : segments) {
      if (s.startsWith("[") && node instanceof Node.ListNode list) {
        int i = Integer.parseInt(s.substring(1, s.length() - 1));
        if (i >= list.size()) {
          return Optional.empty();
        }
        node = list.get(i);
      } else if (!s.startsWith("[") && node instanceof Node.MapNode map && map.has(s)) {
        node = map.get(s);
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(node);
  }

  /** The strings of a scalar or a list of scalars (an IAM {@code Action}); empty for anything else. */
  static List<String> strings(Node node) {
    List<String> result = new ArrayList<>();
    if (node instanceof Node.ListNode list) {
      list.items().forEach(item -> Node.text(item).ifPresent(result::add));
    } else {
      Node.text(node).ifPresent(result::add);
    }
    return result;
  }
}

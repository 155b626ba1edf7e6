package io.github.stackdocs.read.tfplan;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.PlannedChange;
import io.github.stackdocs.model.SecretValues;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps a Terraform plan's or state's secrets out of everything shown. Terraform marks sensitive values beside the
 * values ({@code before_sensitive}, {@code after_sensitive}, {@code sensitive_values}: {@code true} where a value is
 * sensitive, the same shape elsewhere), marks outputs {@code sensitive}, and writes sensitive variables' values in
 * plain text under {@code variables} (their declaration says {@code sensitive}). Every such value is collected
 * first ({@link #collect}); masking ({@link #mask}) then replaces a marked value, a value under a secret-looking name
 * ({@code password}, for files older than the marks) and any string holding a collected secret.
 */
final class SensitiveValues {
  private final Set<String> secrets = new TreeSet<>();

  /** Every secret of a plan or state document. */
  static SensitiveValues collect(Node document) {
    SensitiveValues s = new SensitiveValues();
    if (!(document instanceof Node.MapNode root)) {
      return s;
    }
    for (String list : List.of("resource_changes", "resource_drift")) {
      for (Node rc : items(root.get(list))) {
        Node change = field(rc, "change");
        s.marked(field(change, "before"), field(change, "before_sensitive"));
        s.marked(field(change, "after"), field(change, "after_sensitive"));
      }
    }
    s.values(root.get("planned_values"));
    s.values(root.get("values"));
    s.values(field(root.get("prior_state"), "values"));
    if (root.get("output_changes") instanceof Node.MapNode outputs) {
      for (Node o : outputs.entries().values()) {
        s.marked(field(o, "before"), field(o, "before_sensitive"));
        s.marked(field(o, "after"), field(o, "after_sensitive"));
      }
    }
    Node declared = field(field(root.get("configuration"), "root_module"), "variables");
    if (root.get("variables") instanceof Node.MapNode variables && declared instanceof Node.MapNode decl) {
      variables.entries().forEach((name, v) -> {
        if (isTrue(field(decl.get(name), "sensitive"))) {
          s.all(field(v, "value"));
        }
      });
    }
    return s;
  }

  /** Adds the secrets of another document. */
  void addAll(SensitiveValues other) {
    secrets.addAll(other.secrets);
  }

  /** A state's values ({@code outputs}, {@code root_module} and its child modules). */
  private void values(Node values) {
    if (field(values, "outputs") instanceof Node.MapNode outputs) {
      for (Node o : outputs.entries().values()) {
        if (isTrue(field(o, "sensitive"))) {
          all(field(o, "value"));
        }
      }
    }
    module(field(values, "root_module"), 0);
  }

  private void module(Node module, int depth) {
    if (module == null || depth > 100) {
      return;
    }
    for (Node r : items(field(module, "resources"))) {
      marked(field(r, "values"), field(r, "sensitive_values"));
    }
    for (Node child : items(field(module, "child_modules"))) {
      module(child, depth + 1);
    }
  }

  /** The strings of {@code value} where {@code marks} says sensitive. */
  private void marked(Node value, Node marks) {
    if (value == null || marks == null) {
      return;
    }
    if (isTrue(marks)) {
      all(value);
    } else if (marks instanceof Node.MapNode m && value instanceof Node.MapNode v) {
      m.entries().forEach((k, mark) -> marked(v.get(k), mark));
    } else if (marks instanceof Node.ListNode m && value instanceof Node.ListNode v) {
      for (int i = 0; i < Math.min(m.size(), v.size()); i++) {
        marked(v.get(i), m.get(i));
      }
    }
  }

  /** Every string and number of {@code value}. */
  private void all(Node value) {
    if (value instanceof Node.ScalarNode s && !s.isNull() && !(s.value() instanceof Boolean)) {
      if (!s.text().isBlank()) {
        secrets.add(s.text());
      }
    } else if (value instanceof Node.MapNode m) {
      m.entries().values().forEach(this::all);
    } else if (value instanceof Node.ListNode l) {
      l.items().forEach(this::all);
    }
  }

  /** True when a shown string would reveal a secret: it is one, or holds one long enough to tell. */
  boolean reveals(String text) {
    return SecretValues.reveals(text, secrets);
  }

  /** {@code text}, or {@link PlannedChange#SENSITIVE} when it would reveal a secret. */
  String shown(String text) {
    return reveals(text) ? PlannedChange.SENSITIVE : text;
  }

  /**
   * {@code value} with its secrets masked and, when {@code unknown} is given ({@code after_unknown}), the values known
   * only after apply as {@link PlannedChange#UNKNOWN}. On the new side ({@code newSide}), a masked value that differs
   * from {@code other} (the old side, raw) is {@link PlannedChange#SENSITIVE_CHANGED}, so a changed secret still
   * shows as a change, without its value.
   */
  Node mask(Node value, Node marks, Node unknown, Node other, String name, boolean newSide) {
    if (isTrue(unknown)) {
      return scalar(PlannedChange.UNKNOWN, value);
    }
    if (value instanceof Node.MapNode m && !isTrue(marks)) {
      Map<String, Node> out = new LinkedHashMap<>();
      m.entries().forEach((k, v) -> out.put(k, mask(v, field(marks, k), field(unknown, k), field(other, k), k, newSide)));
      if (unknown instanceof Node.MapNode u) {
        u.entries().forEach((k, flag) -> {
          if (!out.containsKey(k) && isTrue(flag)) {
            out.put(k, scalar(PlannedChange.UNKNOWN, m));
          }
        });
      }
      return new Node.MapNode(out, m.keyLocations(), m.location());
    }
    if (value instanceof Node.ListNode l && !isTrue(marks)) {
      List<Node> out = new ArrayList<>();
      for (int i = 0; i < l.size(); i++) {
        out.add(mask(l.get(i), item(marks, i), item(unknown, i), item(other, i), name, newSide));
      }
      return new Node.ListNode(out, l.location());
    }
    boolean secret = isTrue(marks) || value instanceof Node.ScalarNode s && !s.isNull()
        && (SecretValues.isSecretName(name) && !(s.value() instanceof Boolean) || reveals(s.text()));
    if (!secret) {
      return value;
    }
    boolean changed = newSide && (other == null || value == null || !same(value, other));
    return scalar(changed ? PlannedChange.SENSITIVE_CHANGED : PlannedChange.SENSITIVE, value);
  }

  private static boolean same(Node a, Node b) {
    return io.github.stackdocs.model.Nodes.same(a, b, true);
  }

  private static boolean isNull(Node n) {
    return n instanceof Node.ScalarNode s && s.isNull();
  }

  private static Node.ScalarNode scalar(String text, Node at) {
    return new Node.ScalarNode(text, at == null ? io.github.stackdocs.model.SourceLocation.UNKNOWN : at.location());
  }

  static boolean isTrue(Node n) {
    return n instanceof Node.ScalarNode s && Boolean.TRUE.equals(s.value());
  }

  static Node field(Node n, String key) {
    return n instanceof Node.MapNode m ? m.get(key) : null;
  }

  private static Node item(Node n, int i) {
    return n instanceof Node.ListNode l && i < l.size() ? l.get(i) : null;
  }

  static List<Node> items(Node n) {
    return n instanceof Node.ListNode l ? l.items() : List.of();
  }
}

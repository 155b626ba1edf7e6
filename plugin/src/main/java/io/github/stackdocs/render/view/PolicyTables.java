package io.github.stackdocs.render.view;

import io.github.stackdocs.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An IAM policy document (identity or resource policy: {@code PolicyDocument}, {@code AssumeRolePolicyDocument},
 * {@code KeyPolicy}, a bucket policy ...) as a table, one row per statement: Effect, Principal, Action, Resource,
 * Condition (and Sid when any statement has one). {@code Not*} elements are shown with {@code not}; a statement
 * under {@code Fn::If} is one row per branch with its condition under the effect. A document of another shape
 * (an intrinsic, a key IAM does not know) is not a table.
 */
final class PolicyTables {
  private static final Set<String> DOCUMENT_KEYS = Set.of("Version", "Id", "Statement");
  private static final Set<String> STATEMENT_KEYS = Set.of("Sid", "Effect", "Principal", "NotPrincipal", "Action",
      "NotAction", "Resource", "NotResource", "Condition");

  private PolicyTables() {}

  /** The table of {@code value} when it is a policy document. */
  static Optional<ValueView.TableView> of(Node value) {
    Node.MapNode doc = Branches.plainMap(value);
    if (doc == null || !doc.has("Statement") || !DOCUMENT_KEYS.containsAll(doc.entries().keySet())) {
      return Optional.empty();
    }
    Node statements = doc.get("Statement");
    if (!(statements instanceof Node.ListNode) && Branches.plainMap(statements) == null) {
      return Optional.empty();
    }
    List<Branches.Branch> rows = new ArrayList<>();
    for (Node item : Branches.items(statements)) {
      for (Branches.Branch b : Branches.of(item)) {
        Node.MapNode s = Branches.plainMap(b.value());
        if (s == null || !STATEMENT_KEYS.containsAll(s.entries().keySet())) {
          return Optional.empty();
        }
        rows.add(b);
      }
    }
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    boolean sids = rows.stream().anyMatch(b -> ((Node.MapNode) b.value()).has("Sid"));
    List<String> columns = new ArrayList<>(List.of("Effect", "Principal", "Action", "Resource", "Condition"));
    if (sids) {
      columns.add(0, "Sid");
    }
    List<List<List<String>>> table = new ArrayList<>();
    for (Branches.Branch b : rows) {
      Node.MapNode s = (Node.MapNode) b.value();
      List<List<String>> row = new ArrayList<>();
      if (sids) {
        row.add(values(s.get("Sid"), ""));
      }
      List<String> effect = new ArrayList<>(values(s.get("Effect"), ""));
      if (!b.note().isEmpty()) {
        effect.add(b.note());
      }
      row.add(effect);
      row.add(concat(principals(s.get("Principal"), ""), principals(s.get("NotPrincipal"), "not ")));
      row.add(concat(values(s.get("Action"), ""), values(s.get("NotAction"), "not ")));
      row.add(concat(values(s.get("Resource"), ""), values(s.get("NotResource"), "not ")));
      row.add(conditions(s.get("Condition")));
      table.add(row);
    }
    return Optional.of(new ValueView.TableView(caption(doc), columns, table));
  }

  /** How many statements the table shows. */
  static String describe(ValueView.TableView t) {
    return t.rows().size() == 1 ? "1 statement" : t.rows().size() + " statements";
  }

  private static String caption(Node.MapNode doc) {
    List<String> parts = new ArrayList<>();
    if (doc.has("Version")) {
      parts.add("Version " + ValueFormatter.inline(doc.get("Version")));
    }
    if (doc.has("Id")) {
      parts.add("Id " + ValueFormatter.inline(doc.get("Id")));
    }
    return String.join(", ", parts);
  }

  /** One line per item of a list (or the value itself), each after {@code prefix}; none when absent. */
  static List<String> values(Node n, String prefix) {
    if (n == null) {
      return List.of();
    }
    if (n instanceof Node.ListNode l) {
      return l.items().stream().map(i -> prefix + ValueFormatter.inline(i)).toList();
    }
    return List.of(prefix + ValueFormatter.inline(n));
  }

  private static List<String> principals(Node n, String prefix) {
    Node.MapNode m = n == null ? null : Branches.plainMap(n);
    if (m == null) {
      return values(n, prefix);
    }
    List<String> result = new ArrayList<>();
    for (Map.Entry<String, Node> e : m.entries().entrySet()) {
      result.addAll(values(e.getValue(), prefix + ValueFormatter.plain(e.getKey()) + ": "));
    }
    return result;
  }

  /** {@code StringEquals aws:SourceAccount: 123} per operator and key. */
  private static List<String> conditions(Node n) {
    Node.MapNode m = n == null ? null : Branches.plainMap(n);
    if (m == null) {
      return values(n, "");
    }
    List<String> result = new ArrayList<>();
    for (Map.Entry<String, Node> op : m.entries().entrySet()) {
      Node.MapNode keys = Branches.plainMap(op.getValue());
      if (keys == null) {
        result.add(ValueFormatter.plain(op.getKey()) + ": " + ValueFormatter.inline(op.getValue()));
        continue;
      }
      for (Map.Entry<String, Node> k : keys.entries().entrySet()) {
        result.add(ValueFormatter.plain(op.getKey()) + " " + ValueFormatter.plain(k.getKey()) + ": "
            + ValueFormatter.inline(k.getValue()));
      }
    }
    return result;
  }

  static List<String> concat(List<String> a, List<String> b) {
    if (b.isEmpty()) {
      return a;
    }
    List<String> result = new ArrayList<>(a);
    result.addAll(b);
    return result;
  }
}

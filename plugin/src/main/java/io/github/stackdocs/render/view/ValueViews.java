package io.github.stackdocs.render.view;

import io.github.stackdocs.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the whole view of a property value ({@link ValueView}): a value whose short form fits in
 * {@link #INLINE} characters stays in the properties table; a larger mapping or list becomes nested lists (a list
 * item that is not short is "Item N" with its value under it; a list of {@code {Key, Value}} is the mapping it stands
 * for), a text of several lines keeps its lines, an
 * {@code Fn::If} shows each branch under its condition. The shapes people read most get a table: IAM policy
 * documents anywhere ({@link PolicyTables}), a security group's rules ({@link SecurityGroupRules}), ECS container
 * definitions ({@link ContainerTables}); a function's environment shows variable names only, never values.
 */
final class ValueViews {
  /** A value whose short form is at most this long is shown in the table, in short form. */
  static final int INLINE = 60;
  /** The most levels of nested lists (AsciiDoc knows five); a deeper value is shown in short form, whole. */
  static final int MAX_DEPTH = 5;

  /** A property value shown below the table, and what the table says of it ({@code 3 statements}). */
  record Detail(ValueView view, String description) {}

  private ValueViews() {}

  /** The detail of a resource's property, empty when its short form reads well in the table. */
  static Optional<Detail> detail(String type, String property, Node value) {
    Optional<String> direction = type.equals("AWS::EC2::SecurityGroup") ? SecurityGroupRules.direction(property)
        : Optional.empty();
    if (direction.isPresent()) {
      Optional<ValueView.TableView> rules = SecurityGroupRules.ofList(direction.get(), value);
      if (rules.isPresent()) {
        return Optional.of(new Detail(ValueView.table(rules.get()), SecurityGroupRules.describe(rules.get())));
      }
    }
    if (type.equals("AWS::ECS::TaskDefinition") && property.equals("ContainerDefinitions")) {
      Optional<ValueView> containers = ContainerTables.of(value, 1);
      if (containers.isPresent()) {
        return Optional.of(new Detail(containers.get(), ContainerTables.describe(containers.get())));
      }
    }
    if ((type.equals("AWS::Lambda::Function") || type.equals("AWS::Serverless::Function"))
        && property.equals("Environment")) {
      return Optional.of(functionEnvironment(value));
    }
    Optional<ValueView.TableView> policy = PolicyTables.of(value);
    if (policy.isPresent()) {
      return Optional.of(new Detail(ValueView.table(policy.get()), PolicyTables.describe(policy.get())));
    }
    if (inline(value)) {
      return Optional.empty();
    }
    ValueView view = build(value, 1);
    return view.kind().equals("text") ? Optional.empty() : Optional.of(new Detail(view, describe(value, view)));
  }

  /**
   * One line for a property's value where values are compared side by side (the environments table): its short
   * form, but for a function's environment and ECS containers what their page shows (variable names, never values).
   */
  static String comparable(String type, String property, Node value) {
    boolean namesOnly = (type.equals("AWS::Lambda::Function") || type.equals("AWS::Serverless::Function"))
        && property.equals("Environment") || type.equals("AWS::ECS::TaskDefinition")
        && property.equals("ContainerDefinitions");
    return namesOnly ? detail(type, property, value).map(d -> flat(d.view())).orElse("")
        : ValueFormatter.inline(value);
  }

  /** Every text of a view on one line. */
  private static String flat(ValueView v) {
    return switch (v.kind()) {
      case "map" -> String.join("; ", v.entries().stream().map(e -> e.key() + ": " + flat(e.value())).toList());
      case "list" -> String.join(", ", v.items().stream().map(ValueViews::flat).toList());
      case "lines" -> String.join(" ", v.lines());
      case "table" -> String.join("; ", v.table().rows().stream().map(r -> String.join(" | ",
          r.stream().map(c -> String.join(", ", c)).toList())).toList());
      default -> v.text();
    };
  }

  /** True when the short form of {@code value} is short enough for the table. */
  static boolean inline(Node value) {
    return ValueFormatter.format(value).length() <= INLINE;
  }

  /** {@code value} as nested lists from level {@code depth}. */
  static ValueView build(Node value, int depth) {
    Optional<ValueView.TableView> policy = PolicyTables.of(value);
    if (policy.isPresent()) {
      return ValueView.table(policy.get());
    }
    if (value instanceof Node.ScalarNode s) {
      return s.isString() && s.text().indexOf('\n') >= 0 ? ValueView.lines("", lines(s.text()))
          : ValueView.text(ValueFormatter.inline(s));
    }
    if (depth > MAX_DEPTH || inline(value)) {
      return ValueView.text(ValueFormatter.inline(value));
    }
    if (value instanceof Node.ListNode l && keyValuePairs(l)) {
      List<ValueView.Entry> entries = new ArrayList<>();
      for (Node item : l.items()) {
        Node.MapNode pair = (Node.MapNode) item;
        entries.add(new ValueView.Entry(Node.text(pair.get("Key")).orElse(""), build(pair.get("Value"), depth + 1)));
      }
      return ValueView.map(entries);
    }
    if (value instanceof Node.ListNode l) {
      List<ValueView> items = new ArrayList<>();
      l.items().forEach(i -> items.add(build(i, depth + 1)));
      return ValueView.list(items);
    }
    Node.MapNode m = (Node.MapNode) value;
    if (ValueFormatter.isIntrinsic(m)) {
      return intrinsic(m, depth);
    }
    List<ValueView.Entry> entries = new ArrayList<>();
    for (Map.Entry<String, Node> e : m.entries().entrySet()) {
      entries.add(new ValueView.Entry(e.getKey(), build(e.getValue(), depth + 1)));
    }
    return ValueView.map(entries);
  }

  /** A list of {@code {Key, Value}} (tags, attributes), shown as the mapping it stands for. */
  private static boolean keyValuePairs(Node.ListNode l) {
    for (Node item : l.items()) {
      if (!(item instanceof Node.MapNode m) || m.size() != 2 || !(m.get("Key") instanceof Node.ScalarNode k)
          || !k.isString() || !m.has("Value")) {
        return false;
      }
    }
    return true;
  }

  /** A long {@code Fn::If} as its branches; a {@code Fn::Sub} (or its {@code Fn::Base64}) of lines as lines. */
  private static ValueView intrinsic(Node.MapNode m, int depth) {
    String key = m.singleKey().orElseThrow();
    Node arg = m.get(key);
    if (key.equals("Fn::If") && arg instanceof Node.ListNode l && l.size() == 3
        && l.get(0) instanceof Node.ScalarNode c) {
      return ValueView.map(List.of(new ValueView.Entry("if " + c.text(), build(l.get(1), depth + 1)),
          new ValueView.Entry("unless " + c.text(), build(l.get(2), depth + 1))));
    }
    Optional<String> text = multiLine(arg);
    if (key.equals("Fn::Sub") && text.isPresent()) {
      return ValueView.lines("!Sub", lines(text.get()));
    }
    if (key.equals("Fn::Base64") && arg instanceof Node.MapNode sub && sub.size() == 1 && sub.has("Fn::Sub")
        && multiLine(sub.get("Fn::Sub")).isPresent()) {
      return ValueView.lines("!Base64 !Sub", lines(multiLine(sub.get("Fn::Sub")).orElseThrow()));
    }
    if (key.equals("Fn::Base64") && multiLine(arg).isPresent()) {
      return ValueView.lines("!Base64", lines(multiLine(arg).orElseThrow()));
    }
    return ValueView.text(ValueFormatter.inline(m));
  }

  private static Optional<String> multiLine(Node n) {
    return n instanceof Node.ScalarNode s && s.isString() && s.text().indexOf('\n') >= 0
        ? Optional.of(s.text()) : Optional.empty();
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>(List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)));
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
      lines.remove(lines.size() - 1);
    }
    return lines;
  }

  /** A Lambda (or SAM) function's {@code Environment}: the names of its variables, never their values. */
  private static Detail functionEnvironment(Node value) {
    List<String> names = new ArrayList<>();
    for (Branches.Branch whole : Branches.of(value)) {
      Node.MapNode environment = Branches.plainMap(whole.value());
      Node variables = environment == null ? null : environment.get("Variables");
      if (environment == null && ValueFormatter.isIntrinsic(whole.value())) {
        names.add(ValueFormatter.inline(whole.value()) + (whole.note().isEmpty() ? "" : " (" + whole.note() + ")"));
      }
      for (Branches.Branch b : variables == null ? List.<Branches.Branch>of() : Branches.of(variables)) {
        Node.MapNode m = Branches.plainMap(b.value());
        String note = whole.note().isEmpty() ? b.note() : b.note().isEmpty() ? whole.note()
            : whole.note() + ", " + b.note();
        String when = note.isEmpty() ? "" : " (" + note + ")";
        if (m != null) {
          m.entries().keySet().forEach(k -> names.add(ValueFormatter.plain(k) + when));
        } else if (ValueFormatter.isIntrinsic(b.value())) {
          names.add(ValueFormatter.inline(b.value()) + when); // variables from elsewhere: their expression
        }
      }
    }
    List<ValueView> items = names.stream().map(ValueView::text).toList();
    String count = names.size() == 1 ? "1 variable" : names.size() + " variables";
    return new Detail(ValueView.list(items), count + ", names only");
  }

  private static String describe(Node value, ValueView v) {
    if (value instanceof Node.ListNode l) {
      return l.size() == 1 ? "1 item" : l.size() + " items";
    }
    return switch (v.kind()) {
      case "map" -> v.entries().size() == 1 ? "1 key" : v.entries().size() + " keys";
      case "list" -> v.items().size() == 1 ? "1 item" : v.items().size() + " items";
      case "lines" -> (v.text().isEmpty() ? "" : v.text() + ", ") + v.lines().size() + " lines";
      default -> "";
    };
  }
}

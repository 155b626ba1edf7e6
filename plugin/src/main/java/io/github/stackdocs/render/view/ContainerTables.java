package io.github.stackdocs.render.view;

import io.github.stackdocs.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ECS container definitions: a table of the containers (name, image, ports, environment variable names, secrets by
 * their reference, log configuration), then each container's other settings. Environment variable values are never
 * shown, only their names (a value may be a password written in the template); a secret is shown by the parameter
 * or secret it comes from, which is all a template holds.
 */
final class ContainerTables {
  private static final Set<String> TABLED = Set.of("Name", "Image", "PortMappings", "Environment", "Secrets",
      "LogConfiguration");

  private ContainerTables() {}

  static Optional<ValueView> of(Node definitions, int depth) {
    if (!(definitions instanceof Node.ListNode l)) {
      return Optional.empty();
    }
    List<List<List<String>>> rows = new ArrayList<>();
    List<ValueView.Entry> others = new ArrayList<>();
    for (Node item : l.items()) {
      for (Branches.Branch b : Branches.of(item)) {
        Node.MapNode c = Branches.plainMap(b.value());
        if (c == null) {
          return Optional.empty();
        }
        String name = c.has("Name") ? ValueFormatter.inline(c.get("Name")) : "container " + (rows.size() + 1);
        List<List<String>> row = new ArrayList<>();
        row.add(b.note().isEmpty() ? List.of(name) : List.of(name, b.note()));
        row.add(PolicyTables.values(c.get("Image"), ""));
        row.add(ports(c.get("PortMappings")));
        row.add(environmentNames(c.get("Environment")));
        row.add(references(c.get("Secrets")));
        row.add(logging(c.get("LogConfiguration")));
        rows.add(row);
        List<ValueView.Entry> rest = new ArrayList<>();
        for (Map.Entry<String, Node> e : c.entries().entrySet()) {
          if (!TABLED.contains(e.getKey())) {
            rest.add(new ValueView.Entry(e.getKey(), ValueViews.build(e.getValue(), depth + 2)));
          }
        }
        if (!rest.isEmpty()) {
          others.add(new ValueView.Entry("Other settings of " + name, ValueView.map(rest)));
        }
      }
    }
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    List<ValueView.Entry> entries = new ArrayList<>();
    entries.add(new ValueView.Entry("Containers", ValueView.table(new ValueView.TableView("",
        List.of("Name", "Image", "Ports", "Environment (names)", "Secrets (from)", "Logging"), rows))));
    entries.addAll(others);
    return Optional.of(ValueView.map(entries));
  }

  static String describe(ValueView v) {
    int n = v.entries().get(0).value().table().rows().size();
    return n == 1 ? "1 container" : n + " containers";
  }

  /** {@code 80/tcp}, with the host port when it differs and any other key of the mapping. */
  private static List<String> ports(Node mappings) {
    if (mappings == null) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (Node item : Branches.items(mappings)) {
      for (Branches.Branch b : Branches.of(item)) {
        Node.MapNode m = Branches.plainMap(b.value());
        if (m == null) {
          result.add(ValueFormatter.inline(b.value()) + note(b.note()));
          continue;
        }
        StringBuilder sb = new StringBuilder(m.has("ContainerPort") ? ValueFormatter.inline(m.get("ContainerPort"))
            : "");
        if (m.has("Protocol")) {
          sb.append('/').append(ValueFormatter.inline(m.get("Protocol")));
        }
        for (Map.Entry<String, Node> e : m.entries().entrySet()) {
          boolean shown = e.getKey().equals("ContainerPort") || e.getKey().equals("Protocol")
              || e.getKey().equals("HostPort") && m.has("ContainerPort") && e.getValue().equals(m.get("ContainerPort"));
          if (!shown) {
            sb.append(sb.length() == 0 ? "" : ", ").append(ValueFormatter.plain(e.getKey())).append(": ")
                .append(ValueFormatter.inline(e.getValue()));
          }
        }
        result.add(sb + note(b.note()));
      }
    }
    return result;
  }

  /** The names of a {@code [{Name, Value}]} list (ECS), each with the condition it needs; never a value. */
  static List<String> environmentNames(Node environment) {
    if (environment == null) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (Branches.Branch whole : Branches.of(environment)) {
      for (Node item : Branches.items(whole.value())) {
        for (Branches.Branch b : Branches.of(item)) {
          String note = join(whole.note(), b.note());
          Node.MapNode m = Branches.plainMap(b.value());
          if (m != null && m.has("Name")) {
            result.add(ValueFormatter.inline(m.get("Name")) + note(note));
          } else if (m == null && ValueFormatter.isIntrinsic(b.value())) {
            result.add(ValueFormatter.inline(b.value()) + note(note)); // a list from elsewhere: its expression
          }
        }
      }
    }
    return result;
  }

  /** {@code NAME: arn...} per {@code {Name, ValueFrom}} (secrets and secret log options). */
  private static List<String> references(Node secrets) {
    if (secrets == null) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (Node item : Branches.items(secrets)) {
      for (Branches.Branch b : Branches.of(item)) {
        Node.MapNode m = Branches.plainMap(b.value());
        if (m != null && m.has("Name")) {
          result.add(ValueFormatter.inline(m.get("Name")) + (m.has("ValueFrom") ? ": "
              + ValueFormatter.inline(m.get("ValueFrom")) : "") + note(b.note()));
        } else {
          result.add(ValueFormatter.inline(b.value()) + note(b.note()));
        }
      }
    }
    return result;
  }

  private static List<String> logging(Node configuration) {
    Node.MapNode m = configuration == null ? null : Branches.plainMap(configuration);
    if (m == null) {
      return PolicyTables.values(configuration, "");
    }
    List<String> result = new ArrayList<>();
    for (Map.Entry<String, Node> e : m.entries().entrySet()) {
      Node.MapNode options = Branches.plainMap(e.getValue());
      if (e.getKey().equals("LogDriver")) {
        result.add(ValueFormatter.inline(e.getValue()));
      } else if (e.getKey().equals("Options") && options != null) {
        options.entries().forEach((k, v) -> result.add(ValueFormatter.plain(k) + ": " + ValueFormatter.inline(v)));
      } else if (e.getKey().equals("SecretOptions")) {
        references(e.getValue()).forEach(r -> result.add("secret " + r));
      } else {
        result.add(ValueFormatter.plain(e.getKey()) + ": " + ValueFormatter.inline(e.getValue()));
      }
    }
    return result;
  }

  private static String note(String note) {
    return note.isEmpty() ? "" : " (" + note + ")";
  }

  private static String join(String a, String b) {
    return a.isEmpty() ? b : b.isEmpty() ? a : a + ", " + b;
  }
}

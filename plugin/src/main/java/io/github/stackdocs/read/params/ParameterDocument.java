package io.github.stackdocs.read.params;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.read.cfn.ParameterFileShape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed parameter file's top-level value → its settings, whatever its format: the AWS CLI {@code --parameters}
 * list, the CodePipeline template configuration, or a plain mapping of names to values. Every entry of the wrong
 * shape is one ERROR at its location; the others are still read.
 */
final class ParameterDocument {
  /** The settings and tags read. */
  record Content(Map<String, ParameterSetting> values, Map<String, String> tags) {}

  private final Findings findings;
  private final Map<String, ParameterSetting> values = new LinkedHashMap<>();
  private final Map<String, String> tags = new LinkedHashMap<>();

  private ParameterDocument(Findings findings) {
    this.findings = findings;
  }

  static Optional<Content> read(Node root, Findings findings) {
    ParameterDocument d = new ParameterDocument(findings);
    if (root instanceof ListNode list) {
      list.items().forEach(d::cliEntry);
    } else if (root instanceof MapNode map && !map.entries().isEmpty()
        && ParameterFileShape.CONFIGURATION_KEYS.containsAll(map.entries().keySet())) {
      d.configuration(map);
    } else if (root instanceof MapNode map) {
      d.plain(map);
    } else {
      findings.error("not-a-parameter-file", "a parameter file must be a list of {ParameterKey, ParameterValue}"
          + " entries, a mapping with Parameters (a template configuration) or a mapping of names to values, found "
          + describe(root), root.location());
      return Optional.empty();
    }
    return Optional.of(new Content(d.values, d.tags));
  }

  /** {@code {"ParameterKey": "Stage", "ParameterValue": "prod"}} or {@code "UsePreviousValue": true}. */
  private void cliEntry(Node item) {
    if (!(item instanceof MapNode m)) {
      findings.error("wrong-type", "an entry of a --parameters list must be a mapping with ParameterKey and "
          + "ParameterValue, found " + describe(item), item.location());
      return;
    }
    boolean ok = true;
    for (String key : m.entries().keySet()) {
      if (!ParameterFileShape.CLI_KEYS.contains(key)) {
        findings.error("unknown-key", "unknown key '" + key + "' in a --parameters entry; expected ParameterKey, "
            + "ParameterValue, UsePreviousValue", m.keyLocation(key));
        ok = false;
      }
    }
    Optional<String> name = m.get("ParameterKey") instanceof ScalarNode s && s.isString() && !s.text().isBlank()
        ? Optional.of(s.text()) : Optional.empty();
    if (name.isEmpty()) {
      findings.error("missing-key", "a --parameters entry needs a ParameterKey naming the parameter",
          m.has("ParameterKey") ? m.get("ParameterKey").location() : m.location());
      return;
    }
    Optional<Boolean> previous = usePrevious(m.get("UsePreviousValue"));
    if (previous.isEmpty()) {
      return;
    }
    Node value = m.get("ParameterValue");
    if (previous.get() && value != null) {
      findings.error("previous-and-value", "parameter '" + name.get() + "' gives both UsePreviousValue and "
          + "ParameterValue; give one of them", m.keyLocation("UsePreviousValue"));
    } else if (previous.get()) {
      if (ok) {
        put(new ParameterSetting(name.get(), Node.string("", m.keyLocation("UsePreviousValue")), true,
            m.keyLocation("UsePreviousValue")), m.keyLocation("ParameterKey"));
      }
    } else if (value == null) {
      findings.error("missing-value", "parameter '" + name.get() + "' has no ParameterValue (nor "
          + "UsePreviousValue: true)", m.location());
    } else if (ok) {
      scalarSetting(name.get(), value, m.keyLocation("ParameterKey"));
    }
  }

  private Optional<Boolean> usePrevious(Node node) {
    if (node == null) {
      return Optional.of(false);
    }
    if (node instanceof ScalarNode s && s.value() instanceof Boolean b) {
      return Optional.of(b);
    }
    if (node instanceof ScalarNode s && s.isString()
        && (s.text().equalsIgnoreCase("true") || s.text().equalsIgnoreCase("false"))) {
      return Optional.of(s.text().toLowerCase(Locale.ROOT).equals("true"));
    }
    findings.error("wrong-type", "UsePreviousValue must be true or false, found " + describe(node), node.location());
    return Optional.empty();
  }

  /** {@code {"Parameters": {...}, "Tags": {...}, "StackPolicy": {...}}}. */
  private void configuration(MapNode map) {
    Node parameters = map.get("Parameters");
    if (parameters instanceof MapNode p) {
      p.entries().forEach((name, value) -> scalarSetting(name, value, p.keyLocation(name)));
    } else if (parameters != null) {
      findings.error("wrong-type", "Parameters must be a mapping of parameter names to values, found "
          + describe(parameters), parameters.location());
    }
    Node tagNode = map.get("Tags");
    if (tagNode instanceof MapNode t) {
      t.entries().forEach((key, value) -> {
        if (value instanceof ScalarNode s && !s.isNull()) {
          tags.put(key, s.text());
        } else {
          findings.error("wrong-type", "tag '" + key + "' must have a string value, found " + describe(value),
              value.location());
        }
      });
    } else if (tagNode != null) {
      findings.error("wrong-type", "Tags must be a mapping of tag keys to values, found " + describe(tagNode),
          tagNode.location());
    }
    Node policy = map.get("StackPolicy");
    if (policy != null && !(policy instanceof MapNode)) {
      findings.error("wrong-type", "StackPolicy must be a mapping (a stack policy document), found "
          + describe(policy), policy.location());
    }
  }

  /** {@code {"Stage": "prod", "Count": 3, "Subnets": ["a", "b"]}}. */
  private void plain(MapNode map) {
    map.entries().forEach((name, value) -> {
      if (value instanceof ListNode list) {
        listSetting(name, list, map.keyLocation(name));
      } else {
        scalarSetting(name, value, map.keyLocation(name));
      }
    });
  }

  private void listSetting(String name, ListNode list, SourceLocation keyAt) {
    List<Node> items = new ArrayList<>();
    for (Node item : list.items()) {
      if (!(item instanceof ScalarNode s) || s.isNull()) {
        findings.error("wrong-type", "parameter '" + name + "': a list value holds only strings, found "
            + describe(item), item.location());
        return;
      }
      items.add(Node.string(s.text(), s.location()));
    }
    put(new ParameterSetting(name, new ListNode(items, list.location()), false, list.location()), keyAt);
  }

  private void scalarSetting(String name, Node value, SourceLocation keyAt) {
    if (value instanceof ScalarNode s && !s.isNull()) {
      put(new ParameterSetting(name, Node.string(s.text(), s.location()), false, s.location()), keyAt);
    } else if (value instanceof ScalarNode s) {
      findings.error("missing-value", "parameter '" + name + "' has no value; write \"\" for an empty one",
          keyAt);
    } else {
      findings.error("wrong-type", "the value of parameter '" + name + "' must be a string, number or boolean,"
          + " found " + describe(value), value.location());
    }
  }

  private void put(ParameterSetting setting, SourceLocation keyAt) {
    ParameterSetting first = values.putIfAbsent(setting.name(), setting);
    if (first != null) {
      findings.error("duplicate-parameter", "parameter '" + setting.name() + "' is given twice (first at line "
          + first.location().line() + ")", keyAt);
    }
  }

  static String describe(Node node) {
    if (node instanceof MapNode) {
      return "a mapping";
    }
    if (node instanceof ListNode) {
      return "a list";
    }
    ScalarNode s = (ScalarNode) node;
    return s.isNull() ? "nothing (null)" : s.value() instanceof String ? "a string" : "a " + (s.value() instanceof
        Boolean ? "boolean" : "number");
  }
}

package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Value types of the sections CloudFormation documents and the readers take as they come: the {@code Transform}
 * declaration (a name, a {@code {Name, Parameters}} mapping, or a list of either), an output's {@code Value} (a
 * string or a function giving one) and a SAM resource's {@code Events} (a mapping of event names).
 */
final class SectionShapes {
  private SectionShapes() {}

  /** The transforms' names; a wrong shape is an ERROR saying what was expected. */
  static List<String> transforms(MapNode root, Problems problems) {
    List<String> out = new ArrayList<>();
    Node node = root.get("Transform");
    if (node == null || node instanceof ScalarNode s && s.isNull()) {
      return out;
    }
    if (node instanceof ListNode list) {
      list.items().forEach(item -> transform(item, out, problems));
    } else {
      transform(node, out, problems);
    }
    return out;
  }

  private static void transform(Node node, List<String> out, Problems problems) {
    if (node instanceof ScalarNode s && s.isString() && !s.text().isEmpty()) {
      out.add(s.text());
    } else if (node instanceof MapNode m && m.get("Name") instanceof ScalarNode n && n.isString()
        && m.entries().keySet().stream().allMatch(k -> k.equals("Name") || k.equals("Parameters"))) {
      out.add(n.text());
    } else {
      problems.error("wrong-type", "Transform must be a transform name (e.g. AWS::Serverless-2016-10-31), a mapping"
          + " {Name, Parameters}, or a list of them, found " + IntrinsicGrammar.describe(node), node.location());
    }
  }

  /** An output's Value: a list, or a mapping that is no function, is not a string. */
  static void outputValues(MapNode outputs, Problems problems) {
    for (Map.Entry<String, Node> e : outputs.entries().entrySet()) {
      if (e.getValue() instanceof MapNode o && !LogicalIds.isIntrinsic(e.getKey())) {
        Node value = o.get("Value");
        if (value instanceof ListNode || value instanceof MapNode && !IntrinsicGrammar.isIntrinsic(value)) {
          problems.error("wrong-type", "output '" + e.getKey() + "' Value must be a string or a function giving one"
              + " (join a list with Fn::Join), found " + IntrinsicGrammar.describe(value), value.location());
        }
      }
    }
  }

  /** A SAM resource's Events: a mapping of event names to {Type, Properties}. */
  static void samEvents(MapNode resources, Problems problems) {
    for (Map.Entry<String, Node> e : resources.entries().entrySet()) {
      if (e.getValue() instanceof MapNode r && r.get("Type") instanceof ScalarNode t && t.isString()
          && t.text().startsWith("AWS::Serverless::") && r.get("Properties") instanceof MapNode p) {
        Node events = p.get("Events");
        if (events != null && !(events instanceof MapNode) && !(events instanceof ScalarNode s && s.isNull())) {
          problems.error("wrong-type", "resource '" + e.getKey() + "' Events must be a mapping of event names to"
              + " {Type, Properties}, found " + IntrinsicGrammar.describe(events), events.location());
        }
      }
    }
  }
}

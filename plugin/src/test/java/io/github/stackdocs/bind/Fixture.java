package io.github.stackdocs.bind;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.Nodes;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.ReadResult;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Templates, scopes and a compact JSON form of values for the evaluator's tests. */
final class Fixture {
  static final String MARKER = "s3cr3t-MARKER-7f3a";
  static final SourceLocation PARAMS = new SourceLocation("params.json", 1, 1);

  private Fixture() {}

  static Stack read(String yaml) {
    ReadResult r = new CfnTemplateReader().read("t.yaml", "app", yaml);
    assertThat(r.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    return r.stack().orElseThrow();
  }

  /** The findings of reading {@code yaml}, errors too (the reader checks the shape of every expression). */
  static ReadResult readAll(String yaml) {
    return new CfnTemplateReader().read("t.yaml", "app", yaml);
  }

  /** A scope with some known parameters, a secret one, region, account, stack name and two exports. */
  static final class TestScope implements Scope {
    final Map<String, BoundValue> parameters = new HashMap<>();
    final Map<String, String> pseudo = new HashMap<>();
    final Map<String, BoundValue> exports = new HashMap<>();

    TestScope string(String name, String value) {
      parameters.put(name, new BoundValue(new ScalarNode(value, PARAMS), false));
      return this;
    }

    TestScope secret(String name, String value) {
      parameters.put(name, new BoundValue(new ScalarNode(value, PARAMS), true));
      return this;
    }

    TestScope list(String name, String... values) {
      List<Node> items = new ArrayList<>();
      for (String v : values) {
        items.add(new ScalarNode(v, PARAMS));
      }
      parameters.put(name, new BoundValue(new ListNode(items, PARAMS), false));
      return this;
    }

    @Override
    public Optional<BoundValue> parameter(String name) {
      return Optional.ofNullable(parameters.get(name));
    }

    @Override
    public Optional<String> pseudoParameter(String name) {
      return Optional.ofNullable(pseudo.get(name));
    }

    @Override
    public Optional<BoundValue> importValue(String exportName) {
      return Optional.ofNullable(exports.get(exportName));
    }
  }

  static TestScope scope() {
    TestScope s = new TestScope().string("Env", "prod").list("Subnets", "a", "b", "c").secret("Secret", MARKER)
        .string("Count", "3");
    s.pseudo.put("AWS::Region", "us-east-1");
    s.pseudo.put("AWS::AccountId", "123456789012");
    s.pseudo.put("AWS::Partition", "aws");
    s.pseudo.put("AWS::StackName", "app");
    s.exports.put("shared-vpc", new BoundValue(new ScalarNode("vpc-123", PARAMS), false));
    s.exports.put("secret-export", new BoundValue(new ScalarNode(MARKER, PARAMS), true));
    return s;
  }

  /** Compact JSON of a value, keys in order; strings quoted, numbers and booleans bare. */
  static String json(Node node) {
    StringBuilder sb = new StringBuilder();
    json(sb, node);
    return sb.toString();
  }

  private static void json(StringBuilder sb, Node node) {
    if (node instanceof MapNode m) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<String, Node> e : m.entries().entrySet()) {
        sb.append(first ? "" : ",");
        first = false;
        Nodes.appendQuoted(sb, e.getKey());
        sb.append(':');
        json(sb, e.getValue());
      }
      sb.append('}');
    } else if (node instanceof ListNode l) {
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        sb.append(i > 0 ? "," : "");
        json(sb, l.get(i));
      }
      sb.append(']');
    } else {
      ScalarNode s = (ScalarNode) node;
      if (s.value() instanceof String text) {
        Nodes.appendQuoted(sb, text);
      } else {
        sb.append(s.text());
      }
    }
  }

  static List<String> codes(List<Finding> findings) {
    return findings.stream().map(Finding::code).toList();
  }
}

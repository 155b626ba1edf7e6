package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.Parameter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes string values (export names) without deploying: literals, {@code Ref}/{@code Sub} to {@code
 * AWS::StackName} and to parameters with a (non-NoEcho) default, Sub variable maps, and {@code Fn::Join}.
 * Anything else (other pseudo parameters, {@code GetAtt}...) is not static; {@link #describe} then keeps a
 * readable {@code ${...}} placeholder.
 */
final class StaticValues {
  private final String stackName;
  private final Map<String, String> defaults = new HashMap<>();

  StaticValues(String stackName, List<Parameter> parameters) {
    this.stackName = stackName;
    for (Parameter p : parameters) {
      p.defaultValue().ifPresent(d -> defaults.put(p.name(), d)); // empty for NoEcho by construction
    }
  }

  /** The value, when every part of it is static. */
  Optional<String> resolve(Node node) {
    Render r = new Render();
    String text = r.render(node);
    return r.complete ? Optional.of(text) : Optional.empty();
  }

  /** The value with {@code ${Name}} placeholders for the parts that are not static. */
  String describe(Node node) {
    return new Render().render(node);
  }

  private final class Render {
    boolean complete = true;

    String render(Node node) {
      if (node instanceof ScalarNode s) {
        return s.text();
      }
      if (node instanceof MapNode m && m.singleKey().isPresent()) {
        String fn = m.singleKey().get();
        Node arg = m.get(fn);
        switch (fn) {
          case "Ref":
            return arg instanceof ScalarNode s ? variable(s.text()) : placeholder(fn);
          case "Fn::Sub":
            return sub(arg);
          case "Fn::Join":
            return join(arg);
          case "Fn::GetAtt":
            return placeholder(getAttText(arg));
          default:
            return placeholder(fn);
        }
      }
      complete = false;
      return NodeText.compact(node);
    }

    private String sub(Node arg) {
      if (arg instanceof ScalarNode s) {
        return substitute(s.text(), Map.of());
      }
      if (arg instanceof ListNode l && l.size() >= 1 && l.get(0) instanceof ScalarNode s) {
        Map<String, Node> vars = l.size() > 1 && l.get(1) instanceof MapNode m ? m.entries() : Map.of();
        return substitute(s.text(), vars);
      }
      return placeholder("Fn::Sub");
    }

    private String substitute(String template, Map<String, Node> vars) {
      StringBuilder sb = new StringBuilder();
      for (SubPlaceholders.Part part : SubPlaceholders.parse(template)) {
        if (!part.variable()) {
          sb.append(part.text());
        } else if (vars.containsKey(part.text())) {
          sb.append(render(vars.get(part.text())));
        } else {
          sb.append(variable(part.text()));
        }
      }
      return sb.toString();
    }

    private String join(Node arg) {
      if (arg instanceof ListNode l && l.size() == 2 && l.get(0) instanceof ScalarNode d
          && l.get(1) instanceof ListNode parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
          if (i > 0) {
            sb.append(d.text());
          }
          sb.append(render(parts.get(i)));
        }
        return sb.toString();
      }
      return placeholder("Fn::Join");
    }

    private String variable(String name) {
      if (name.equals("AWS::StackName")) {
        return stackName;
      }
      String value = defaults.get(name);
      return value != null ? value : placeholder(name);
    }

    private String placeholder(String name) {
      complete = false;
      return "${" + name + "}";
    }
  }

  /** {@code A.B} for both GetAtt forms. */
  static String getAttText(Node arg) {
    if (arg instanceof ListNode l && l.size() >= 2 && l.get(0) instanceof ScalarNode a
        && l.get(1) instanceof ScalarNode b) {
      return a.text() + "." + b.text();
    }
    return arg instanceof ScalarNode s ? s.text() : "Fn::GetAtt";
  }
}

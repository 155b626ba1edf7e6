package io.github.stackdocs.analyze.security;

import io.github.stackdocs.analyze.diff.Values;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Output;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the values of policies (principals, resources, the targets of resource policies) to resources of the
 * project where the value allows: a {@code Ref} or {@code GetAtt} of a resource, a {@code Sub} or {@code Join}
 * naming exactly one resource, an {@code ImportValue} of an export whose value names resources, or a literal ARN
 * whose name is the physical name a resource of the project is given ({@code BucketName}, {@code QueueName} ...).
 */
final class Targets {
  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");
  /** Resource type → the property that names it physically and the ARN key prefix. */
  private static final Map<String, String[]> NAMES = Map.ofEntries(
      Map.entry("AWS::S3::Bucket", new String[] {"BucketName", "s3:"}),
      Map.entry("AWS::SQS::Queue", new String[] {"QueueName", "sqs:"}),
      Map.entry("AWS::SNS::Topic", new String[] {"TopicName", "sns:"}),
      Map.entry("AWS::DynamoDB::Table", new String[] {"TableName", "dynamodb:"}),
      Map.entry("AWS::DynamoDB::GlobalTable", new String[] {"TableName", "dynamodb:"}),
      Map.entry("AWS::Serverless::SimpleTable", new String[] {"TableName", "dynamodb:"}),
      Map.entry("AWS::Lambda::Function", new String[] {"FunctionName", "lambda:"}),
      Map.entry("AWS::Serverless::Function", new String[] {"FunctionName", "lambda:"}),
      Map.entry("AWS::IAM::Role", new String[] {"RoleName", "iam:role/"}),
      Map.entry("AWS::IAM::User", new String[] {"UserName", "iam:user/"}));

  private final Map<String, List<Target>> exports = new HashMap<>();
  private final Map<String, Target> named = new HashMap<>();

  Targets(Project project) {
    for (Stack s : project.stacks()) {
      for (Output o : s.outputs()) {
        Optional<String> name = o.resolvedExportName().or(() -> o.exportName().flatMap(Node::text));
        Set<String> ids = new LinkedHashSet<>();
        resourcesIn(s, o.value(), ids);
        if (name.isPresent() && !ids.isEmpty()) {
          exports.putIfAbsent(name.get(), ids.stream().map(id -> Target.resource(s.name(), id, id)).toList());
        }
      }
      for (Resource r : s.resources()) {
        String[] how = NAMES.get(r.type());
        if (how != null) {
          Node.text(r.properties().get(how[0])).filter(n -> !n.isEmpty())
              .ifPresent(n -> named.putIfAbsent(how[1] + n, Target.resource(s.name(), r.logicalId(), r.logicalId())));
        }
      }
    }
  }

  /** The resources an export names (a subnet list exported as one joined string names each subnet). */
  List<Target> exported(String exportName) {
    return exports.getOrDefault(exportName, List.of());
  }

  /** What a value names, a list item by item. */
  List<Target> of(Stack stack, Node value) {
    List<Target> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    if (value instanceof Node.ListNode l) {
      l.items().forEach(i -> out.addAll(of(stack, i)));
    } else if (value instanceof Node.MapNode m && m.singleKey().filter("Fn::ImportValue"::equals).isPresent()
        && Node.text(m.get("Fn::ImportValue")).map(exports::containsKey).orElse(false)) {
      String name = Node.text(m.get("Fn::ImportValue")).orElseThrow();
      exports.get(name).forEach(t -> out.add(Target.resource(t.stack(), t.logicalId(), "!ImportValue " + name)));
    } else {
      out.add(one(stack, value));
    }
    return out;
  }

  /** What one value names. */
  Target one(Stack stack, Node value) {
    if (value instanceof Node.ScalarNode s) {
      String text = s.text();
      return arn(text).map(t -> Target.resource(t.stack(), t.logicalId(), text)).orElse(Target.text(text));
    }
    String shown = shown(value);
    if (value instanceof Node.MapNode m && m.singleKey().isPresent()) {
      String fn = m.singleKey().get();
      Node arg = m.get(fn);
      if (fn.equals("Ref") || fn.equals("Fn::GetAtt")) {
        Set<String> ids = new LinkedHashSet<>();
        resourcesIn(stack, value, ids);
        if (ids.size() == 1) {
          String id = ids.iterator().next();
          return Target.resource(stack.name(), id, id);
        }
      } else if (fn.equals("Fn::Sub") || fn.equals("Fn::Join")) {
        Set<String> ids = new LinkedHashSet<>();
        resourcesIn(stack, value, ids);
        if (ids.size() == 1) {
          return Target.resource(stack.name(), ids.iterator().next(), shown);
        }
        if (ids.isEmpty() && fn.equals("Fn::Sub")) {
          Node template = arg instanceof Node.ListNode l && !l.items().isEmpty() ? l.get(0) : arg;
          Optional<Target> byName = Node.text(template)
              .map(t -> t.replace("${AWS::Partition}", "aws").replaceAll("\\$\\{[^}]*}", ""))
              .flatMap(this::arn);
          if (byName.isPresent()) {
            return Target.resource(byName.get().stack(), byName.get().logicalId(), shown);
          }
        }
      } else if (fn.equals("Fn::ImportValue")) {
        List<Target> t = Node.text(arg).map(exports::get).orElse(List.of());
        if (t.size() == 1) {
          return Target.resource(t.get(0).stack(), t.get(0).logicalId(), shown);
        }
      }
    }
    return Target.text(shown);
  }

  /** The resource of the project whose physical name a literal ARN carries. */
  private Optional<Target> arn(String text) {
    return key(text).map(named::get);
  }

  /** {@code service:name} of an ARN of a kind {@link #NAMES} knows; empty for others. */
  static Optional<String> key(String arn) {
    String[] p = arn.split(":", 6);
    if (p.length < 6 || !p[0].equals("arn")) {
      return Optional.empty();
    }
    String resource = p[5];
    String name = switch (p[2]) {
      case "s3" -> resource.split("/", 2)[0];
      case "sqs", "sns" -> resource;
      case "dynamodb" -> resource.startsWith("table/") ? resource.substring(6).split("/", 2)[0] : "";
      case "lambda" -> resource.startsWith("function:") ? resource.substring(9).split(":", 2)[0] : "";
      case "iam" -> resource.startsWith("role/") || resource.startsWith("user/")
          ? resource.substring(0, 5) + resource.substring(resource.lastIndexOf('/') + 1) : "";
      default -> "";
    };
    return name.isEmpty() || name.contains("*") ? Optional.empty() : Optional.of(p[2] + ":" + name);
  }

  /** Every resource of the stack a value names through {@code Ref}, {@code GetAtt} or a {@code Sub} variable. */
  static void resourcesIn(Stack stack, Node value, Set<String> ids) {
    if (value instanceof Node.ListNode l) {
      l.items().forEach(i -> resourcesIn(stack, i, ids));
    } else if (value instanceof Node.MapNode m) {
      Optional<String> fn = m.singleKey();
      if (fn.filter("Ref"::equals).isPresent()) {
        Node.text(m.get("Ref")).filter(id -> stack.resource(id).isPresent()).ifPresent(ids::add);
        return;
      }
      if (fn.filter("Fn::GetAtt"::equals).isPresent()) {
        Node arg = m.get("Fn::GetAtt");
        Optional<String> id = arg instanceof Node.ListNode l && !l.items().isEmpty() ? Node.text(l.get(0))
            : Node.text(arg).map(t -> t.split("\\.", 2)[0]);
        id.filter(i -> stack.resource(i).isPresent()).ifPresent(ids::add);
        return;
      }
      if (fn.filter("Fn::Sub"::equals).isPresent()) {
        Node arg = m.get("Fn::Sub");
        Node template = arg instanceof Node.ListNode l && !l.items().isEmpty() ? l.get(0) : arg;
        Node.text(template).ifPresent(t -> {
          Matcher v = SUB_VARIABLE.matcher(t);
          while (v.find()) {
            String id = v.group(1).split("\\.", 2)[0];
            if (stack.resource(id).isPresent()) {
              ids.add(id);
            }
          }
        });
        if (arg instanceof Node.ListNode l && l.size() > 1) {
          resourcesIn(stack, l.get(1), ids);
        }
        return;
      }
      m.entries().values().forEach(v -> resourcesIn(stack, v, ids));
    }
  }

  /** A value as a reader recognises it: {@code !Ref X}, {@code !GetAtt X.Arn}, {@code !Sub '...'}, or compact JSON. */
  static String shown(Node value) {
    if (value instanceof Node.MapNode m && m.singleKey().isPresent()) {
      String fn = m.singleKey().get();
      Node arg = m.get(fn);
      Optional<String> text = Node.text(arg);
      if (fn.equals("Ref") && text.isPresent()) {
        return "!Ref " + text.get();
      }
      if (fn.equals("Fn::GetAtt")) {
        if (arg instanceof Node.ListNode l && l.size() == 2 && l.items().stream().allMatch(i -> Node.text(i).isPresent())) {
          return "!GetAtt " + Node.text(l.get(0)).orElseThrow() + "." + Node.text(l.get(1)).orElseThrow();
        }
        if (text.isPresent()) {
          return "!GetAtt " + text.get();
        }
      }
      if (fn.equals("Fn::Sub") && text.isPresent()) {
        return "!Sub '" + text.get() + "'";
      }
      if (fn.equals("Fn::ImportValue") && text.isPresent()) {
        return "!ImportValue " + text.get();
      }
    }
    return Values.text(value);
  }
}

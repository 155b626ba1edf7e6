package io.github.stackdocs.analyze.security;

import io.github.stackdocs.analyze.security.AccessRow.Flag;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The access rows of one stack: every IAM role, user, group and (managed) policy, inline {@code Policies}, attached
 * {@code ManagedPolicyArns}, SAM {@code Policies}, and the resource policies of S3 buckets, SQS queues, SNS topics,
 * KMS keys, Lambda permissions and API Gateway REST APIs.
 */
final class AccessAnalyzer {
  private static final Pattern ACCOUNT_ARN = Pattern.compile("^arn:[^:]+:(?:iam|sts)::(\\d{12}):.*");
  private static final Pattern ACCOUNT = Pattern.compile("^\\d{12}$");
  /** AWS managed policies that allow every action on every resource (PowerUserAccess: all but IAM and Organizations). */
  private static final List<String> ALL_POWERFUL = List.of("AdministratorAccess", "PowerUserAccess");

  private final Targets targets;

  AccessAnalyzer(Targets targets) {
    this.targets = targets;
  }

  List<AccessRow> rows(Stack stack) {
    Optional<String> account = stack.binding().flatMap(b -> b.environment().accountId());
    String environment = stack.binding().map(b -> b.environment().name()).orElse("");
    Rows out = new Rows(stack, account, environment);
    for (Resource r : stack.resources()) {
      Node.MapNode p = r.properties();
      Target self = Target.resource(stack.name(), r.logicalId(), r.logicalId());
      switch (r.type()) {
        case "AWS::IAM::Role" -> {
          document(out, r, "trust policy", p.get("AssumeRolePolicyDocument"), List.of(), List.of(self), Kind.TRUST);
          identity(out, r, List.of(self));
        }
        case "AWS::IAM::User", "AWS::IAM::Group" -> identity(out, r, List.of(self));
        case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy" -> {
          List<Target> attached = new ArrayList<>();
          for (String key : List.of("Roles", "Users", "Groups")) {
            attached.addAll(targets.of(stack, p.get(key)));
          }
          String name = Node.text(p.get(r.type().equals("AWS::IAM::Policy") ? "PolicyName" : "ManagedPolicyName"))
              .orElse("");
          document(out, r, name.isEmpty() ? "policy" : "policy " + name, p.get("PolicyDocument"), attached,
              List.of(), Kind.IDENTITY);
        }
        case "AWS::Serverless::Function", "AWS::Serverless::StateMachine" -> sam(out, r, self);
        case "AWS::S3::BucketPolicy" -> document(out, r, "bucket policy", p.get("PolicyDocument"), List.of(),
            targets.of(stack, p.get("Bucket")), Kind.RESOURCE);
        case "AWS::SQS::QueuePolicy" -> document(out, r, "queue policy", p.get("PolicyDocument"), List.of(),
            targets.of(stack, p.get("Queues")), Kind.RESOURCE);
        case "AWS::SNS::TopicPolicy" -> document(out, r, "topic policy", p.get("PolicyDocument"), List.of(),
            targets.of(stack, p.get("Topics")), Kind.RESOURCE);
        case "AWS::KMS::Key" -> document(out, r, "key policy", p.get("KeyPolicy"), List.of(), List.of(self),
            Kind.RESOURCE);
        case "AWS::ApiGateway::RestApi" -> document(out, r, "API policy", p.get("Policy"), List.of(), List.of(self),
            Kind.RESOURCE);
        case "AWS::Lambda::Permission" -> permission(out, r);
        default -> { }
      }
    }
    return out.rows;
  }

  /** How a document's principals and resources are read. */
  private enum Kind {
    /** an identity policy: the principals are what it is attached to; {@code *} resources are every resource */
    IDENTITY,
    /** a role's trust policy: the principals are the statement's, the resource is the role */
    TRUST,
    /** a resource policy: the principals are the statement's; {@code *} resources are the policy's subject */
    RESOURCE
  }

  /** The rows being collected, with what deciding the flags needs. */
  private record Rows(Stack stack, Optional<String> account, String environment, List<AccessRow> rows) {
    Rows(Stack stack, Optional<String> account, String environment) {
      this(stack, account, environment, new ArrayList<>());
    }
  }

  /** Inline {@code Policies} and {@code ManagedPolicyArns} of a role, user or group. */
  private void identity(Rows out, Resource r, List<Target> self) {
    if (r.properties().get("Policies") instanceof Node.ListNode policies) {
      for (Node policy : policies.items()) {
        if (policy instanceof Node.MapNode m) {
          String name = Node.text(m.get("PolicyName")).orElse(m.has("PolicyName") ? Targets.shown(m.get("PolicyName")) : "");
          document(out, r, "inline policy" + (name.isEmpty() ? "" : " " + name), m.get("PolicyDocument"), self,
              List.of(), Kind.IDENTITY);
        }
      }
    }
    managed(out, r, r.properties().get("ManagedPolicyArns"), self);
  }

  /** Attached managed policies that are not resources of the stack (those have rows of their own). */
  private void managed(Rows out, Resource r, Node arns, List<Target> self) {
    if (!(arns instanceof Node.ListNode list)) {
      return;
    }
    for (Node arn : list.items()) {
      Target t = targets.one(out.stack(), arn);
      if (t.resolved()) {
        continue;
      }
      String name = t.text().substring(t.text().lastIndexOf('/') + 1);
      List<Flag> flags = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      if (ALL_POWERFUL.contains(name)) {
        flags.add(Flag.WILDCARD_ACTION);
        flags.add(Flag.WILDCARD_RESOURCE);
        notes.add(name + " allows every action on every resource"
            + (name.equals("PowerUserAccess") ? " except IAM and Organizations" : ""));
      }
      out.rows().add(new AccessRow(r.logicalId(), r.type(), "managed policy " + t.text(), "Allow", self,
          List.of("managed policy " + name), false, List.of(), false, false, flags, notes, ExposureAnalyzer.condition(out.stack(), r),
          arn.location()));
    }
  }

  /** SAM's {@code Policies}: a managed policy name or ARN, a policy document, a policy template, or a list of them. */
  private void sam(Rows out, Resource r, Target self) {
    Node policies = r.properties().get("Policies");
    List<Node> items = policies instanceof Node.ListNode l ? l.items() : policies == null ? List.of() : List.of(policies);
    for (Node item : items) {
      if (item instanceof Node.ScalarNode || item instanceof Node.MapNode m && io.github.stackdocs.analyze.diff.Values.intrinsic(m)) {
        String text = Targets.shown(item);
        managed(out, r, new Node.ListNode(List.of(text.startsWith("arn:") || !(item instanceof Node.ScalarNode)
            ? item : Node.string("arn:aws:iam::aws:policy/" + text, item.location())), item.location()), List.of(self));
      } else if (item instanceof Node.MapNode m && m.has("Statement")) {
        document(out, r, "SAM policy", m, List.of(self), List.of(), Kind.IDENTITY);
      } else if (item instanceof Node.MapNode m && m.singleKey().isPresent()) {
        String template = m.singleKey().get();
        List<Target> on = new ArrayList<>();
        if (m.get(template) instanceof Node.MapNode args) {
          args.entries().values().forEach(v -> on.addAll(targets.of(out.stack(), v)));
        }
        out.rows().add(new AccessRow(r.logicalId(), r.type(), "SAM policy template " + template, "Allow",
            List.of(self), List.of("SAM policy template " + template), false, on, false, false, List.of(), List.of(),
            ExposureAnalyzer.condition(out.stack(), r), item.location()));
      }
    }
  }

  /** A Lambda permission: its principal may invoke (or do {@code Action} on) its function. */
  private void permission(Rows out, Resource r) {
    Node.MapNode p = r.properties();
    List<Flag> flags = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    List<Target> principals = principals(out, p.get("Principal"), flags, notes);
    boolean conditional = p.has("SourceArn") || p.has("SourceAccount") || p.has("PrincipalOrgID")
        || p.has("EventSourceToken");
    String action = Node.text(p.get("Action")).orElse(p.has("Action") ? Targets.shown(p.get("Action")) : "");
    wildcardActions(List.of(action), flags);
    out.rows().add(new AccessRow(r.logicalId(), r.type(), "Lambda permission", "Allow", principals,
        List.of(action), false, targets.of(out.stack(), p.get("FunctionName")), false, conditional, flags, notes,
        ExposureAnalyzer.condition(out.stack(), r), r.location()));
  }

  /**
   * One row per statement of a policy document.
   *
   * @param holders the principals of an identity policy (what it is attached to)
   * @param subjects what a resource policy or trust policy is about ({@code *} resources mean these)
   */
  private void document(Rows out, Resource r, String source, Node document, List<Target> holders,
      List<Target> subjects, Kind kind) {
    if (document == null) {
      return;
    }
    if (!(document instanceof Node.MapNode d) || io.github.stackdocs.analyze.diff.Values.intrinsic(document)) {
      out.rows().add(new AccessRow(r.logicalId(), r.type(), source, "?", holders,
          List.of("(the document is " + (document instanceof Node.ScalarNode ? "a JSON string" : "an expression")
              + "; its statements are not read)"), false, subjects, false, false, List.of(), List.of(), ExposureAnalyzer.condition(out.stack(), r),
          document.location()));
      return;
    }
    Node statement = d.get("Statement");
    List<Node> statements = statement instanceof Node.ListNode l ? l.items() : statement == null ? List.of() : List.of(statement);
    for (Node s : statements) {
      if (!(s instanceof Node.MapNode st)) {
        continue;
      }
      String effect = Node.text(st.get("Effect")).orElse(st.has("Effect") ? Targets.shown(st.get("Effect")) : "Allow");
      List<Flag> flags = new ArrayList<>();
      List<String> notes = new ArrayList<>();
      boolean notAction = !st.has("Action") && st.has("NotAction");
      List<String> actions = texts(st.get(notAction ? "NotAction" : "Action"));
      boolean notResource = !st.has("Resource") && st.has("NotResource");
      List<Target> principals = kind == Kind.IDENTITY ? holders
          : principals(out, st.has("Principal") ? st.get("Principal") : st.get("NotPrincipal"), flags, notes);
      List<Target> resources = kind == Kind.TRUST ? subjects : resources(out.stack(),
          st.get(notResource ? "NotResource" : "Resource"), subjects, kind);
      if (notAction) {
        flags.add(Flag.WILDCARD_ACTION);
        notes.add("NotAction allows every action but those listed");
      }
      wildcardActions(actions, flags);
      if (kind == Kind.IDENTITY && (notResource || resources.stream().anyMatch(t -> t.text().equals("*")))) {
        flags.add(Flag.WILDCARD_RESOURCE);
      }
      if (!effect.equals("Allow")) {
        flags.clear();
        notes.clear();
      }
      out.rows().add(new AccessRow(r.logicalId(), r.type(), source, effect, principals, actions, notAction, resources,
          notResource, st.has("Condition"), flags, notes, ExposureAnalyzer.condition(out.stack(), r), st.location()));
    }
  }

  private static void wildcardActions(List<String> actions, List<Flag> flags) {
    if (actions.stream().anyMatch(a -> a.equals("*") || a.endsWith(":*"))) {
      flags.add(Flag.WILDCARD_ACTION);
    }
  }

  /** A statement's resources; in a resource policy {@code *} and {@code execute-api:/...} mean the subject. */
  private List<Target> resources(Stack stack, Node value, List<Target> subjects, Kind kind) {
    if (value == null) {
      return subjects;
    }
    List<Target> out = new ArrayList<>();
    for (Target t : targets.of(stack, value)) {
      if (kind == Kind.RESOURCE && !t.resolved() && subjects.size() == 1
          && (t.text().equals("*") || t.text().startsWith("execute-api:"))) {
        Target s = subjects.get(0);
        out.add(new Target(t.text().equals("*") ? s.text() : t.text(), s.stack(), s.logicalId()));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /** The principals of a statement or permission, flagging {@code *} and other accounts. */
  private List<Target> principals(Rows out, Node principal, List<Flag> flags, List<String> notes) {
    List<Target> result = new ArrayList<>();
    if (principal == null) {
      return result;
    }
    if (principal instanceof Node.MapNode m && !io.github.stackdocs.analyze.diff.Values.intrinsic(m)) {
      m.entries().forEach((kind, value) -> {
        for (Target t : targets.of(out.stack(), value)) {
          result.add(t);
          check(out, kind, t, flags, notes);
        }
      });
    } else {
      for (Target t : targets.of(out.stack(), principal)) {
        result.add(t);
        check(out, "AWS", t, flags, notes);
      }
    }
    return result;
  }

  private static void check(Rows out, String kind, Target t, List<Flag> flags, List<String> notes) {
    if (t.text().equals("*")) {
      flags.add(Flag.PUBLIC);
      return;
    }
    if (!kind.equals("AWS") || t.resolved()) {
      return;
    }
    Matcher arn = ACCOUNT_ARN.matcher(t.text());
    String account = arn.matches() ? arn.group(1) : ACCOUNT.matcher(t.text()).matches() ? t.text() : "";
    if (account.isEmpty() || out.account().filter(account::equals).isPresent()) {
      return;
    }
    flags.add(Flag.CROSS_ACCOUNT);
    notes.add(out.account().isPresent()
        ? "account " + account + " is not the account of environment " + out.environment() + " ("
            + out.account().get() + ")"
        : "account " + account + " is named, and environment " + out.environment()
            + " has no accountId to compare it with");
  }

  /** Strings of a value (a list item by item), expressions as shown. */
  private static List<String> texts(Node value) {
    if (value == null) {
      return List.of();
    }
    if (value instanceof Node.ListNode l) {
      return l.items().stream().flatMap(i -> texts(i).stream()).toList();
    }
    return List.of(Node.text(value).orElse(Targets.shown(value)));
  }
}

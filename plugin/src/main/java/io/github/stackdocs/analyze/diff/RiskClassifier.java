package io.github.stackdocs.analyze.diff;

import io.github.stackdocs.analyze.security.SecurityGroupRules;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Output;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the dangerous changes: data loss (stateful resources replaced or deleted without Retain/Snapshot),
 * security (IAM statements, wildcards, principals and managed policies added; ingress or egress opened to the
 * internet or on new ports) and deploy failures (an export removed that a stack still imports).
 */
final class RiskClassifier {
  List<Risk> classify(Project baseline, Project current, List<StackChange> stacks) {
    List<Risk> risks = new ArrayList<>();
    for (StackChange s : stacks) {
      Optional<Stack> before = baseline.stack(s.stackName());
      Optional<Stack> after = current.stack(s.stackName());
      for (ResourceChange r : s.resources()) {
        if (r.suppressed()) {
          continue;
        }
        Resource old = before.flatMap(st -> st.resource(r.logicalId())).orElse(null);
        Resource now = after.flatMap(st -> st.resource(r.logicalId())).orElse(null);
        dataLoss(s.stackName(), r, old, now, risks);
      }
      exports(s, baseline, current, risks);
    }
    risks.addAll(security(baseline, current, stacks));
    return risks;
  }

  /**
   * The security risks alone (IAM statements, security-group rules, widened security views) of resources in the
   * shape the rules read, for changes whose data loss is judged elsewhere (a Terraform plan's).
   */
  List<Risk> security(Project baseline, Project current, List<StackChange> stacks) {
    List<Risk> risks = new ArrayList<>();
    for (StackChange s : stacks) {
      for (ResourceChange r : s.resources()) {
        Resource old = baseline.stack(s.stackName()).flatMap(st -> st.resource(r.logicalId())).orElse(null);
        Resource now = current.stack(s.stackName()).flatMap(st -> st.resource(r.logicalId())).orElse(null);
        if (!r.suppressed() && now != null) {
          iam(s.stackName(), r.logicalId(), old, now, risks);
          ingress(s.stackName(), r.logicalId(), old, now, risks);
        }
      }
    }
    new SecurityWidening(baseline, current).risks(stacks, risks);
    return risks;
  }

  private static void dataLoss(String stack, ResourceChange r, Resource old, Resource now, List<Risk> risks) {
    if (!StatefulTypes.stateful(r.oldType().isEmpty() ? r.newType() : r.oldType())) {
      return;
    }
    if (r.kind() == ChangeKind.REMOVED && old != null && StatefulTypes.holdsData(old)
        && !StatefulTypes.keepsData(deletionPolicy(old))) {
      risks.add(new Risk(RiskKind.DATA_LOSS, stack, r.logicalId(), r.oldType() + " is removed and deleted"
          + " (DeletionPolicy " + policy(old.deletionPolicy()) + "); its data is lost"));
    } else if (r.impact().replaces() && now != null && StatefulTypes.holdsData(now)
        && !StatefulTypes.keepsData(now.updateReplacePolicy())) {
      String why = r.changes().stream().filter(c -> c.impact() == r.impact()).map(c -> ProjectDiff.topLevel(c.path()).replaceFirst("^Properties\\.", ""))
          .distinct().reduce((a, b) -> a + ", " + b).orElse("");
      risks.add(new Risk(RiskKind.DATA_LOSS, stack, r.logicalId(), r.type() + (r.impact() == Impact.WILL_REPLACE
          ? " will be replaced" : " may be replaced") + (why.isEmpty() ? "" : " (" + why + " changed)")
          + " and the old one deleted (UpdateReplacePolicy " + policy(now.updateReplacePolicy()) + "); its data is lost"));
    }
  }

  private static String policy(String p) {
    return p.isEmpty() ? "Delete by default" : p;
  }

  /** The DeletionPolicy that applies: the template's, else CloudFormation's default for the resource. */
  private static String deletionPolicy(Resource r) {
    return r.deletionPolicy().isEmpty() ? StatefulTypes.defaultDeletionPolicy(r) : r.deletionPolicy();
  }

  // ---- IAM --------------------------------------------------------------------------------------

  /** Statements with their origin, for IAM types and resource policies. */
  private static List<Node> statements(Resource r) {
    List<Node> out = new ArrayList<>();
    if (r == null) {
      return out;
    }
    Node.MapNode p = r.properties();
    for (String doc : List.of("PolicyDocument", "AssumeRolePolicyDocument", "KeyPolicy")) {
      statementsOf(p.get(doc), out);
    }
    if (p.get("Policies") instanceof Node.ListNode policies) {
      for (Node policy : policies.items()) {
        if (policy instanceof Node.MapNode m) {
          statementsOf(m.get("PolicyDocument"), out);
        }
      }
    }
    return out;
  }

  private static void statementsOf(Node document, List<Node> out) {
    if (document instanceof Node.MapNode d) {
      Node s = d.get("Statement");
      if (s instanceof Node.ListNode l) {
        out.addAll(l.items());
      } else if (s instanceof Node.MapNode) {
        out.add(s);
      }
    }
  }

  private static void iam(String stack, String id, Resource old, Resource now, List<Risk> risks) {
    List<Node> before = statements(old);
    Set<String> oldText = new LinkedHashSet<>();
    Set<String> oldPrincipals = new LinkedHashSet<>();
    for (Node s : before) {
      oldText.add(Values.text(s));
      oldPrincipals.addAll(strings(field(s, "Principal")));
    }
    for (Node s : statements(now)) {
      if (oldText.contains(Values.text(s)) || !"Allow".equals(Node.text(field(s, "Effect")).orElse("Allow"))) {
        continue;
      }
      List<String> actions = strings(field(s, "Action"));
      List<String> resources = strings(field(s, "Resource"));
      List<String> principals = strings(field(s, "Principal"));
      StringBuilder why = new StringBuilder("new IAM statement allows ")
          .append(actions.isEmpty() ? "(NotAction)" : String.join(", ", cap(actions)));
      if (actions.stream().anyMatch(a -> a.equals("*") || a.endsWith(":*"))) {
        why.append(" — wildcard action");
      }
      if (resources.contains("*")) {
        why.append(" on every resource (*)");
      }
      List<String> newPrincipals = principals.stream().filter(p -> !oldPrincipals.contains(p)).toList();
      if (!newPrincipals.isEmpty()) {
        why.append(" to new principal ").append(String.join(", ", cap(newPrincipals)));
      }
      risks.add(new Risk(RiskKind.SECURITY, stack, id, why.toString()));
    }
    List<String> oldArns = old == null ? List.of() : strings(old.properties().get("ManagedPolicyArns"));
    for (String arn : strings(now.properties().get("ManagedPolicyArns"))) {
      if (!oldArns.contains(arn)) {
        risks.add(new Risk(RiskKind.SECURITY, stack, id, "attaches managed policy " + arn));
      }
    }
    if (now.type().equals("AWS::Lambda::Permission")) {
      String principal = Node.text(now.properties().get("Principal")).orElse("");
      String was = old == null ? null : Node.text(old.properties().get("Principal")).orElse("");
      if (!principal.equals(was)) {
        risks.add(new Risk(RiskKind.SECURITY, stack, id, "lets principal " + principal + " invoke a function"));
      }
    }
  }

  private static List<String> cap(List<String> list) {
    return list.size() <= 5 ? list : List.of(String.join(", ", list.subList(0, 5)), "… " + (list.size() - 5) + " more");
  }

  private static Node field(Node statement, String key) {
    return statement instanceof Node.MapNode m ? m.get(key) : null;
  }

  /** Every string leaf (principals under {@code AWS}/{@code Service}/... keys included), as text. */
  private static List<String> strings(Node n) {
    List<String> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    if (n instanceof Node.ScalarNode s) {
      out.add(s.text());
    } else if (n instanceof Node.ListNode l) {
      l.items().forEach(i -> out.addAll(strings(i)));
    } else if (Values.intrinsic(n)) {
      out.add(Values.text(n));
    } else if (n instanceof Node.MapNode m) {
      m.entries().values().forEach(v -> out.addAll(strings(v)));
    }
    return out;
  }

  // ---- security groups ----------------------------------------------------------------------------

  /** A direction of security-group rules: the list property, the standalone rule type and the peer's prefix. */
  private enum Direction {
    INGRESS("ingress", "SecurityGroupIngress", "AWS::EC2::SecurityGroupIngress", "from", "SourceSecurityGroupId"),
    EGRESS("egress", "SecurityGroupEgress", "AWS::EC2::SecurityGroupEgress", "to", "DestinationSecurityGroupId");

    final String word;
    final String property;
    final String ruleType;
    final String preposition;
    final String peerGroup;

    Direction(String word, String property, String ruleType, String preposition, String peerGroup) {
      this.word = word;
      this.property = property;
      this.ruleType = ruleType;
      this.preposition = preposition;
      this.peerGroup = peerGroup;
    }
  }

  private static List<Node> rules(Resource r, Direction direction) {
    List<Node> out = new ArrayList<>();
    if (r == null) {
      return out;
    }
    if (r.type().equals("AWS::EC2::SecurityGroup") && r.properties().get(direction.property) instanceof Node.ListNode l) {
      out.addAll(l.items());
    } else if (r.type().equals(direction.ruleType)) {
      out.add(r.properties());
    }
    return out;
  }

  /** Rules opened to the internet, and rules on ports no rule of the same direction had before. */
  private static void ingress(String stack, String id, Resource old, Resource now, List<Risk> risks) {
    for (Direction direction : Direction.values()) {
      rules(stack, id, old, now, direction, risks);
    }
    defaultEgress(stack, id, old, now, risks);
  }

  private static void rules(String stack, String id, Resource old, Resource now, Direction direction,
      List<Risk> risks) {
    Set<String> oldRules = new LinkedHashSet<>();
    Set<String> oldPorts = new LinkedHashSet<>();
    rules(old, direction).forEach(r -> {
      oldRules.add(Values.text(r));
      oldPorts.add(ports(r));
    });
    for (Node rule : rules(now, direction)) {
      if (oldRules.contains(Values.text(rule))) {
        continue;
      }
      String cidr = Node.text(field(rule, "CidrIp")).or(() -> Node.text(field(rule, "CidrIpv6"))).orElse("");
      if (SecurityGroupRules.WORLD.contains(cidr)) {
        risks.add(new Risk(RiskKind.SECURITY, stack, id, direction.word + " " + ports(rule) + " opened to " + cidr));
      } else if (!oldPorts.contains(ports(rule))) {
        String peer = cidr.isEmpty() ? Node.text(field(rule, direction.peerGroup)).orElse(
            Optional.ofNullable(field(rule, direction.peerGroup)).map(Values::text).orElse("a peer")) : cidr;
        risks.add(new Risk(RiskKind.SECURITY, stack, id, "new " + direction.word + " port " + ports(rule) + " "
            + direction.preposition + " " + peer));
      }
    }
  }

  /**
   * A security group that had egress rules and now has none gets EC2's default rule back: all traffic to
   * {@code 0.0.0.0/0}.
   */
  private static void defaultEgress(String stack, String id, Resource old, Resource now, List<Risk> risks) {
    if (old != null && old.type().equals("AWS::EC2::SecurityGroup") && now.type().equals("AWS::EC2::SecurityGroup")
        && !rules(old, Direction.EGRESS).isEmpty() && now.properties().get(Direction.EGRESS.property) == null) {
      risks.add(new Risk(RiskKind.SECURITY, stack, id, "egress all traffic opened to 0.0.0.0/0 (SecurityGroupEgress"
          + " removed: the default rule allows all outbound traffic)"));
    }
  }

  private static String ports(Node rule) {
    return SecurityGroupRules.ports(rule);
  }

  // ---- exports ---------------------------------------------------------------------------------

  /**
   * A changed or removed export that another stack imports fails the deployment. Importers are found in every
   * environment the project is bound to (an import's export name is often computed from parameters), else in the
   * stacks as read. In an environment, the export has the name that environment gives it (the exporting stack may be
   * deployed under another name there), read from the baseline and current stacks bound in it.
   */
  private static void exports(StackChange s, Project baseline, Project current, List<Risk> risks) {
    Map<String, List<Stack>> byEnvironment = current.environments().stacks().isEmpty()
        ? Map.of("", current.stacks()) : current.environments().stacks();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (ItemChange item : s.items()) {
      if (item.section() != ItemChange.Section.EXPORT || item.kind() == ChangeKind.ADDED) {
        continue;
      }
      Optional<String> output = exporting(baseline.stack(s.stackName()), item.name())
          .or(() -> exporting(current.stack(s.stackName()), item.name()));
      byEnvironment.forEach((environment, stacks) -> {
        Set<String> names = namesIn(environment, s.stackName(), output, baseline, current);
        if (names.isEmpty()) {
          names = Set.of(item.name());
        }
        for (Stack importer : stacks) {
          if (importer.name().equals(s.stackName())) {
            continue;
          }
          for (Reference ref : importer.references()) {
            if (ref.kind() == Reference.Kind.IMPORT_VALUE && names.contains(ref.target())
                && seen.add(environment + "\u0000" + importer.name() + "\u0000" + ref.source() + "\u0000" + ref.target())) {
              boolean named = !environment.isEmpty() && current.environments().several();
              String export = ref.target();
              risks.add(new Risk(RiskKind.DEPLOY_FAILURE, s.stackName(), item.name(), (item.kind() == ChangeKind.REMOVED
                  ? "removes export " + export
                  : item.caused() ? "changes the value of export " + export + " (" + item.cause() + " is replaced)"
                  : "changes export " + export) + ", which stack " + importer.name() + " still imports ("
                  + ref.source() + (named ? ", in environment " + environment : "") + "); CloudFormation refuses to "
                  + (item.kind() == ChangeKind.REMOVED ? "delete" : "update") + " an export in use"));
            }
          }
        }
      });
    }
  }

  /** The name of the output that exports {@code exportName}, as read. */
  private static Optional<String> exporting(Optional<Stack> stack, String exportName) {
    return stack.flatMap(st -> st.outputs().stream()
        .filter(o -> ProjectDiff.exportName(o).filter(exportName::equals).isPresent()).map(Output::name).findFirst());
  }

  /** The names an output's export has in an environment, in the baseline and the current template bound there. */
  private static Set<String> namesIn(String environment, String stack, Optional<String> output, Project baseline,
      Project current) {
    Set<String> names = new java.util.TreeSet<>();
    if (output.isEmpty() || environment.isEmpty()) {
      return names;
    }
    for (Project p : List.of(baseline, current)) {
      p.environments().stack(environment, stack).flatMap(st -> st.outputs().stream()
          .filter(o -> o.name().equals(output.get())).findFirst()).flatMap(Output::resolvedExportName)
          .ifPresent(names::add);
    }
    return names;
  }

}

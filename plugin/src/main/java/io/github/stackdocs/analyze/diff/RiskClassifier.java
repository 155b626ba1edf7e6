package io.github.stackdocs.analyze.diff;

import io.github.stackdocs.model.Node;
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
 * security (IAM statements, wildcards, principals and managed policies added; ingress opened to the internet or
 * on new ports) and deploy failures (an export removed that a stack still imports).
 */
final class RiskClassifier {
  private static final Set<String> WORLD = Set.of("0.0.0.0/0", "::/0");

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
        if (now != null) {
          iam(s.stackName(), r.logicalId(), old, now, risks);
          ingress(s.stackName(), r.logicalId(), old, now, risks);
        }
      }
      exports(s, current, risks);
    }
    return risks;
  }

  private static void dataLoss(String stack, ResourceChange r, Resource old, Resource now, List<Risk> risks) {
    if (!StatefulTypes.stateful(r.oldType().isEmpty() ? r.newType() : r.oldType())) {
      return;
    }
    if (r.kind() == ChangeKind.REMOVED && old != null && !StatefulTypes.keepsData(old.deletionPolicy())) {
      risks.add(new Risk(RiskKind.DATA_LOSS, stack, r.logicalId(), r.oldType() + " is removed and deleted"
          + " (DeletionPolicy " + policy(old.deletionPolicy()) + "); its data is lost"));
    } else if (r.impact().replaces() && now != null && !StatefulTypes.keepsData(now.updateReplacePolicy())) {
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

  private static List<Node> ingressRules(Resource r) {
    List<Node> out = new ArrayList<>();
    if (r == null) {
      return out;
    }
    if (r.type().equals("AWS::EC2::SecurityGroup") && r.properties().get("SecurityGroupIngress") instanceof Node.ListNode l) {
      out.addAll(l.items());
    } else if (r.type().equals("AWS::EC2::SecurityGroupIngress")) {
      out.add(r.properties());
    }
    return out;
  }

  private static void ingress(String stack, String id, Resource old, Resource now, List<Risk> risks) {
    List<Node> before = ingressRules(old);
    Set<String> oldRules = new LinkedHashSet<>();
    Set<String> oldPorts = new LinkedHashSet<>();
    before.forEach(r -> {
      oldRules.add(Values.text(r));
      oldPorts.add(ports(r));
    });
    for (Node rule : ingressRules(now)) {
      if (oldRules.contains(Values.text(rule))) {
        continue;
      }
      String cidr = Node.text(field(rule, "CidrIp")).or(() -> Node.text(field(rule, "CidrIpv6"))).orElse("");
      if (WORLD.contains(cidr)) {
        risks.add(new Risk(RiskKind.SECURITY, stack, id, "ingress " + ports(rule) + " opened to " + cidr));
      } else if (!oldPorts.contains(ports(rule))) {
        String from = cidr.isEmpty() ? Node.text(field(rule, "SourceSecurityGroupId")).orElse(
            Optional.ofNullable(field(rule, "SourceSecurityGroupId")).map(Values::text).orElse("a source")) : cidr;
        risks.add(new Risk(RiskKind.SECURITY, stack, id, "new ingress port " + ports(rule) + " from " + from));
      }
    }
  }

  private static String ports(Node rule) {
    String protocol = Node.text(field(rule, "IpProtocol")).orElse("?");
    String from = Node.text(field(rule, "FromPort")).orElse("");
    String to = Node.text(field(rule, "ToPort")).orElse("");
    if (protocol.equals("-1")) {
      return "all traffic";
    }
    return protocol + " " + (from.equals(to) || to.isEmpty() ? from : from + "-" + to);
  }

  // ---- exports ---------------------------------------------------------------------------------

  /**
   * A changed or removed export that another stack imports fails the deployment. Importers are found in every
   * environment the project is bound to (an import's export name is often computed from parameters), else in the
   * stacks as read.
   */
  private static void exports(StackChange s, Project current, List<Risk> risks) {
    Map<String, List<Stack>> byEnvironment = current.environments().stacks().isEmpty()
        ? Map.of("", current.stacks()) : current.environments().stacks();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (ItemChange item : s.items()) {
      if (item.section() != ItemChange.Section.EXPORT || item.kind() == ChangeKind.ADDED) {
        continue;
      }
      byEnvironment.forEach((environment, stacks) -> {
        for (Stack importer : stacks) {
          if (importer.name().equals(s.stackName())) {
            continue;
          }
          for (Reference ref : importer.references()) {
            if (ref.kind() == Reference.Kind.IMPORT_VALUE && ref.target().equals(item.name())
                && seen.add(environment + "\u0000" + importer.name() + "\u0000" + ref.source() + "\u0000" + item.name())) {
              boolean named = !environment.isEmpty() && current.environments().several();
              risks.add(new Risk(RiskKind.DEPLOY_FAILURE, s.stackName(), item.name(), (item.kind() == ChangeKind.REMOVED
                  ? "removes export " + item.name()
                  : item.caused() ? "changes the value of export " + item.name() + " (" + item.cause() + " is replaced)"
                  : "changes export " + item.name()) + ", which stack " + importer.name() + " still imports ("
                  + ref.source() + (named ? ", in environment " + environment : "") + "); CloudFormation refuses to "
                  + (item.kind() == ChangeKind.REMOVED ? "delete" : "update") + " an export in use"));
            }
          }
        }
      });
    }
  }

}

package io.github.stackdocs.render.diagram;

import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.model.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Things that belong to one resource and serve only it (its alarms, log group, routes, ACL entries, security group
 * rules, bucket policy, scaling policies, Lambda permissions ...): the default level draws them on the resource
 * they serve, as a counted list, instead of as nodes with long edges; the all level keeps them as nodes. A thing
 * belongs to its host by the property that names it ({@code RouteTableId}, an alarm's watched {@code Dimensions});
 * a log group or an Elastic IP to the one resource that uses it. Chains resolve to the first host that is not
 * itself attached (a scaling policy → its scalable target → the ECS service).
 */
final class Attachments {
  /** How a type finds its host, and the word the host's list uses for it. */
  private record Rule(String noun, List<String> properties, boolean byUser) {}

  private static final Map<String, Rule> RULES = Map.ofEntries(
      rule("AWS::CloudWatch::Alarm", "alarm", "Dimensions", "Metrics"),
      rule("AWS::EC2::Route", "route", "RouteTableId"),
      rule("AWS::EC2::SubnetRouteTableAssociation", "route table association", "SubnetId"),
      rule("AWS::EC2::SubnetNetworkAclAssociation", "ACL association", "SubnetId"),
      rule("AWS::EC2::NetworkAclEntry", "ACL entry", "NetworkAclId"),
      rule("AWS::EC2::SecurityGroupIngress", "ingress rule", "GroupId"),
      rule("AWS::EC2::SecurityGroupEgress", "egress rule", "GroupId"),
      rule("AWS::EC2::VPCGatewayAttachment", "VPC attachment", "InternetGatewayId", "VpnGatewayId"),
      rule("AWS::EC2::VPCCidrBlock", "CIDR block", "VpcId"),
      rule("AWS::EC2::SubnetCidrBlock", "CIDR block", "SubnetId"),
      rule("AWS::S3::BucketPolicy", "bucket policy", "Bucket"),
      rule("AWS::SQS::QueuePolicy", "queue policy", "Queues"),
      rule("AWS::SNS::TopicPolicy", "topic policy", "Topics"),
      rule("AWS::Lambda::Permission", "permission", "FunctionName"),
      rule("AWS::Lambda::EventSourceMapping", "event source mapping", "FunctionName"),
      rule("AWS::ApplicationAutoScaling::ScalingPolicy", "scaling policy", "ScalingTargetId"),
      rule("AWS::ApplicationAutoScaling::ScalableTarget", "scalable target", "ResourceId"),
      rule("AWS::AutoScaling::ScalingPolicy", "scaling policy", "AutoScalingGroupName"),
      rule("AWS::AutoScaling::LifecycleHook", "lifecycle hook", "AutoScalingGroupName"),
      rule("AWS::AutoScaling::ScheduledAction", "scheduled action", "AutoScalingGroupName"),
      rule("AWS::Logs::SubscriptionFilter", "subscription filter", "LogGroupName"),
      rule("AWS::Logs::MetricFilter", "metric filter", "LogGroupName"),
      rule("AWS::ElasticLoadBalancingV2::ListenerCertificate", "certificate", "ListenerArn"),
      rule("AWS::ElasticLoadBalancingV2::Listener", "listener", "LoadBalancerArn"),
      rule("AWS::ElasticLoadBalancingV2::ListenerRule", "listener rule", "ListenerArn"),
      rule("AWS::KMS::Alias", "alias", "TargetKeyId"),
      rule("AWS::SecretsManager::SecretTargetAttachment", "target attachment", "SecretId"),
      rule("AWS::SecretsManager::RotationSchedule", "rotation schedule", "SecretId"),
      rule("AWS::SNS::Subscription", "subscription", "TopicArn"),
      rule("AWS::ApiGateway::Resource", "resource", "RestApiId"),
      rule("AWS::ApiGateway::Method", "method", "RestApiId"),
      rule("AWS::ApiGateway::Deployment", "deployment", "RestApiId"),
      rule("AWS::ApiGateway::Stage", "stage", "RestApiId"),
      rule("AWS::ApiGateway::Authorizer", "authorizer", "RestApiId"),
      rule("AWS::ApiGatewayV2::Route", "route", "ApiId"),
      rule("AWS::ApiGatewayV2::Integration", "integration", "ApiId"),
      rule("AWS::ApiGatewayV2::Stage", "stage", "ApiId"),
      rule("AWS::ApiGatewayV2::Deployment", "deployment", "ApiId"),
      rule("AWS::ApiGatewayV2::Authorizer", "authorizer", "ApiId"),
      rule("AWS::IAM::Policy", "policy", "Roles"),
      rule("AWS::IAM::ManagedPolicy", "policy", "Roles"),
      rule("AWS::IAM::RolePolicy", "policy", "RoleName"),
      Map.entry("AWS::Logs::LogGroup", new Rule("log group", List.of(), true)),
      Map.entry("AWS::EC2::EIP", new Rule("Elastic IP", List.of(), true)),
      Map.entry("AWS::IAM::Role", new Rule("role", List.of(), true)),
      Map.entry("AWS::IAM::InstanceProfile", new Rule("instance profile", List.of(), true)));

  /**
   * Hosts that take an attachment only when nothing more specific is named beside them: a scalable target's resource
   * id and a service alarm's dimensions name the cluster too, but the service is what scales and is watched; a target
   * group's metrics are named by the load balancer and the target group. An alarm on the cluster's or the load
   * balancer's own metrics is theirs.
   */
  private static final Set<String> WEAK_HOSTS = Set.of("AWS::ECS::Cluster",
      "AWS::ElasticLoadBalancingV2::LoadBalancer");
  private static final int MAX_CHAIN = 6;

  private final ProjectIndex index;

  Attachments(ProjectIndex index) {
    this.index = index;
  }

  private static Map.Entry<String, Rule> rule(String type, String noun, String... properties) {
    return Map.entry(type, new Rule(noun, List.of(properties), false));
  }

  /** The folded result: each attached node's host, the hosts' counted lists, the links redrawn between hosts. */
  record Result(Map<NodeId, NodeId> hostOf, Map<NodeId, String> lists, Map<NodeId, String> tooltips, Links links) {}

  /** Folds the attachments among {@code shown} (whose hosts are shown too) into their hosts. */
  Result fold(Set<NodeId> shown, Links links) {
    Map<NodeId, NodeId> direct = new TreeMap<>();
    for (NodeId n : shown) {
      host(n, shown).ifPresent(h -> direct.put(n, h));
    }
    Map<NodeId, NodeId> hostOf = new TreeMap<>();
    for (NodeId n : direct.keySet()) {
      NodeId h = direct.get(n);
      for (int i = 0; i < MAX_CHAIN && direct.containsKey(h); i++) {
        h = direct.get(h);
      }
      if (!direct.containsKey(h) && !h.equals(n)) {
        hostOf.put(n, h);
      }
    }
    Links result = new Links();
    // noun → who it notifies, per host: an alarm's action is said on its host, not drawn across the canvas
    Map<NodeId, Map<String, Set<String>>> notified = new TreeMap<>();
    for (Link l : links.all()) {
      NodeId from = hostOf.getOrDefault(l.from(), l.from());
      NodeId to = hostOf.getOrDefault(l.to(), l.to());
      boolean moved = !from.equals(l.from()) || !to.equals(l.to());
      if (moved && l.relation() == Relation.DEPENDS_ON) {
        continue;
      }
      if (!from.equals(l.from()) && l.relation() == Relation.WATCHES) {
        continue; // an alarm drawn on its host: what else its dimensions name is not watched by the host
      }
      if (!from.equals(l.from()) && l.relation() == Relation.NOTIFIES) {
        notified.computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(RULES.get(index.type(l.from())).noun(),
            k -> new TreeSet<>()).add(l.to().logicalId());
        continue;
      }
      result.add(from, to, l.relation());
    }
    Map<NodeId, List<NodeId>> byHost = new TreeMap<>();
    hostOf.forEach((n, h) -> byHost.computeIfAbsent(h, k -> new ArrayList<>()).add(n));
    Map<NodeId, String> lists = new TreeMap<>();
    Map<NodeId, String> tooltips = new TreeMap<>();
    byHost.forEach((h, members) -> {
      Map<String, Long> counts = members.stream().collect(Collectors.groupingBy(m -> RULES.get(index.type(m)).noun(),
          TreeMap::new, Collectors.counting()));
      Map<String, Set<String>> targets = notified.getOrDefault(h, Map.of());
      lists.put(h, counts.entrySet().stream()
          .map(e -> (e.getValue() == 1 ? e.getKey() : e.getValue() + " " + plural(e.getKey()))
              + (targets.containsKey(e.getKey()) ? " \u2192 " + String.join(", ", targets.get(e.getKey())) : ""))
          .collect(Collectors.joining(" \u00b7 ")));
      tooltips.put(h, members.stream().map(m -> Badges.typeName(index.type(m)) + " " + m.logicalId())
          .collect(Collectors.joining(", ")));
    });
    return new Result(hostOf, lists, tooltips, result);
  }

  private static String plural(String noun) {
    return noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
  }

  /** The resource {@code n} belongs to, when it is an attachment and has exactly one such resource among {@code shown}. */
  private Optional<NodeId> host(NodeId n, Set<NodeId> shown) {
    Rule rule = RULES.get(index.type(n));
    if (rule == null) {
      return Optional.empty();
    }
    List<NodeId> candidates = new ArrayList<>();
    if (rule.byUser()) {
      index.graph().dependents(n).stream().filter(shown::contains).filter(d -> !RULES.containsKey(index.type(d)))
          .forEach(candidates::add);
      if (candidates.isEmpty() && index.type(n).equals("AWS::Logs::LogGroup")) {
        // a log group named after its function (/aws/lambda/${Function}) belongs to it
        index.graph().dependencies(n).stream().filter(shown::contains).forEach(candidates::add);
      }
    } else {
      for (NodeId d : index.graph().dependencies(n)) {
        if (!shown.contains(d)) {
          continue;
        }
        for (Reference ref : index.graph().references(n, d)) {
          if (rule.properties().stream().anyMatch(p -> under(ref.path(), p))) {
            candidates.add(d);
            break;
          }
        }
      }
    }
    if (candidates.size() > 1) {
      candidates.removeIf(c -> WEAK_HOSTS.contains(index.type(c)));
    }
    return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
  }

  private static boolean under(String path, String property) {
    String p = "Properties." + property;
    return path.equals(p) || path.startsWith(p + ".") || path.startsWith(p + "[");
  }
}

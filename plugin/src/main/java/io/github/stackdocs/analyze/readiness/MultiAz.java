package io.github.stackdocs.analyze.readiness;

import io.github.stackdocs.analyze.observability.Settings;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Resource;
import java.util.Optional;

/**
 * The multi-AZ check, for the types that can run in more than one Availability Zone and do not by themselves: an
 * RDS instance outside a cluster, an ElastiCache replication group, an OpenSearch domain, an EFS file system, and what
 * is placed in subnets (Auto Scaling groups, Lambda functions in a VPC, ECS services, load balancers).
 */
final class MultiAz {
  private MultiAz() {}

  static Optional<Verdict> of(Resource r) {
    Check c = Check.MULTI_AZ;
    return switch (r.type()) {
      case "AWS::RDS::DBInstance" -> r.properties().has("DBClusterIdentifier") ? Optional.empty()
          : Optional.of(Props.bool(c, r, false, "MultiAZ is on (a standby in a second zone)",
              "one instance in one zone", "MultiAZ"));
      case "AWS::ElastiCache::ReplicationGroup" -> Optional.of(Props.bool(c, r, false,
          "MultiAZEnabled is on", "no automatic failover to another zone", "MultiAZEnabled"));
      case "AWS::OpenSearchService::Domain" -> Optional.of(Props.bool(c, r, false, "zone awareness is on",
          "all nodes in one zone", "ClusterConfig", "ZoneAwarenessEnabled"));
      case "AWS::Elasticsearch::Domain" -> Optional.of(Props.bool(c, r, false, "zone awareness is on",
          "all nodes in one zone", "ElasticsearchClusterConfig", "ZoneAwarenessEnabled"));
      case "AWS::EFS::FileSystem" -> Optional.of(Settings.path(r, "AvailabilityZoneName")
          .map(n -> Verdict.fail(c, "a One Zone file system (AvailabilityZoneName: " + Props.text(n) + ")", n.location()))
          .orElse(Verdict.pass(c, "a Regional file system (stored in several zones)", r.location())));
      case "AWS::AutoScaling::AutoScalingGroup" -> Optional.of(subnets(r, "instances",
          new String[] {"VPCZoneIdentifier"}, new String[] {"AvailabilityZones"}));
      case "AWS::Lambda::Function", "AWS::Serverless::Function" -> r.properties().has("VpcConfig")
          ? Optional.of(subnets(r, "the function", new String[] {"VpcConfig", "SubnetIds"})) : Optional.empty();
      case "AWS::ECS::Service" -> Settings.path(r, "NetworkConfiguration", "AwsvpcConfiguration").isPresent()
          ? Optional.of(subnets(r, "tasks", new String[] {"NetworkConfiguration", "AwsvpcConfiguration", "Subnets"}))
          : Optional.empty();
      case "AWS::ElasticLoadBalancingV2::LoadBalancer" -> Optional.of(subnets(r, "the load balancer",
          new String[] {"Subnets"}, new String[] {"SubnetMappings"}));
      default -> Optional.empty();
    };
  }

  /** Placed in the first of {@code paths} that is set: at least two subnets (zones) pass. */
  private static Verdict subnets(Resource r, String what, String[]... paths) {
    for (String[] path : paths) {
      Optional<Integer> n = Props.count(r, path);
      if (n.isEmpty()) {
        continue;
      }
      String name = String.join(".", path);
      Node at = Settings.path(r, path).orElseThrow();
      if (n.get() < 0) {
        boolean getAzs = at instanceof Node.MapNode m && m.has("Fn::GetAZs");
        return getAzs ? Verdict.pass(Check.MULTI_AZ, what + " use every zone of the region (" + name + ")",
            at.location()) : Verdict.unknown(Check.MULTI_AZ, name + " is decided at deploy time", at.location());
      }
      return n.get() >= 2
          ? Verdict.pass(Check.MULTI_AZ, what + " spread over " + n.get() + " subnets/zones (" + name + ")",
              at.location())
          : Verdict.fail(Check.MULTI_AZ, what + " placed in " + n.get() + " subnet/zone only (" + name + ")",
              at.location());
    }
    return Verdict.unknown(Check.MULTI_AZ, "no subnets or zones in the template (the account's defaults apply)",
        r.location());
  }
}

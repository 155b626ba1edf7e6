package io.github.stackdocs.render.diagram;

import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Resource;
import java.util.Optional;

/**
 * What a diagram says about a subnet: its availability zone (a zone name, as written or as an environment resolved
 * it, or {@code AZ 2} for {@code !Select [1, !GetAZs '']}) and whether it is public (it maps public IPs on launch or
 * its route table routes to an internet gateway) or private (its route table routes elsewhere only).
 */
final class Subnets {
  private static final String ASSOCIATION = "AWS::EC2::SubnetRouteTableAssociation";
  private static final String ROUTE = "AWS::EC2::Route";
  private static final String ROUTE_TABLE = "AWS::EC2::RouteTable";
  private static final String INTERNET_GATEWAY = "AWS::EC2::InternetGateway";

  /** A subnet's zone and access, each empty when the template does not say. */
  record Facts(Optional<String> zone, Optional<String> access) {}

  private final ProjectIndex index;

  Subnets(ProjectIndex index) {
    this.index = index;
  }

  Facts facts(NodeId subnet) {
    Optional<Resource> r = index.resource(subnet);
    if (r.isEmpty()) {
      return new Facts(Optional.empty(), Optional.empty());
    }
    return new Facts(zone(r.get().properties()), access(subnet, r.get().properties()));
  }

  static Optional<String> zone(Node.MapNode properties) {
    Node az = properties.get("AvailabilityZone");
    if (az == null) {
      return Optional.empty();
    }
    Optional<String> literal = Node.text(az).filter(t -> !t.isBlank() && t.length() <= 64);
    if (literal.isPresent()) {
      return literal;
    }
    // { "Fn::Select": [ 1, { "Fn::GetAZs": "" } ] }
    if (az instanceof Node.MapNode m && m.get("Fn::Select") instanceof Node.ListNode args && args.size() == 2
        && args.get(1) instanceof Node.MapNode list && list.has("Fn::GetAZs")) {
      Optional<String> i = Node.text(args.get(0)).filter(t -> t.matches("\\d{1,2}"));
      return i.map(t -> "AZ " + (Integer.parseInt(t) + 1));
    }
    return Optional.empty();
  }

  private Optional<String> access(NodeId subnet, Node.MapNode properties) {
    if (Node.text(properties.get("MapPublicIpOnLaunch") == null ? new Node.ScalarNode(null, properties.location())
        : properties.get("MapPublicIpOnLaunch")).filter("true"::equals).isPresent()) {
      return Optional.of("public");
    }
    boolean routed = false;
    for (NodeId association : index.graph().dependents(subnet)) {
      if (!index.type(association).equals(ASSOCIATION)) {
        continue;
      }
      for (NodeId table : index.graph().dependencies(association)) {
        if (!index.type(table).equals(ROUTE_TABLE)) {
          continue;
        }
        for (NodeId route : index.graph().dependents(table)) {
          if (!index.type(route).equals(ROUTE)) {
            continue;
          }
          routed = true;
          if (index.graph().dependencies(route).stream().anyMatch(g -> index.type(g).equals(INTERNET_GATEWAY))) {
            return Optional.of("public");
          }
        }
      }
    }
    return routed ? Optional.of("private") : Optional.empty();
  }
}

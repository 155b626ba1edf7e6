package io.github.stackdocs.render.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.CdkOrigin;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Stack;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A CDK app's VPC ({@code diagram/vpc.yaml} with construct paths as {@code ec2.Vpc} makes them) is drawn as a
 * template's: the construct holding the VPC is the VPC frame, each subnet's construct a subnet frame in its zone's
 * frame; a construct holding two subnets stays a construct frame.
 */
class CdkNetworkDiagramTest {
  private static final Map<String, String> PATHS = Map.ofEntries(
      Map.entry("Vpc", "App/Net/Resource"),
      Map.entry("Gateway", "App/Net/IGW"),
      Map.entry("GatewayAttachment", "App/Net/VPCGW"),
      Map.entry("PublicA", "App/Net/PublicA/Subnet"),
      Map.entry("PublicAAssociation", "App/Net/PublicA/RouteTableAssociation"),
      Map.entry("NatAddress", "App/Net/PublicA/EIP"),
      Map.entry("Nat", "App/Net/PublicA/NATGateway"),
      Map.entry("PublicRoutes", "App/Net/PublicA/RouteTable"),
      Map.entry("DefaultRoute", "App/Net/PublicA/DefaultRoute"),
      Map.entry("PublicB", "App/Net/PublicB/Subnet"),
      Map.entry("PublicBAssociation", "App/Net/PublicB/RouteTableAssociation"),
      Map.entry("PrivateA", "App/Net/PrivateA/Subnet"),
      Map.entry("PrivateAAssociation", "App/Net/PrivateA/RouteTableAssociation"),
      Map.entry("PrivateRoutes", "App/Net/PrivateA/RouteTable"),
      Map.entry("NatRoute", "App/Net/PrivateA/DefaultRoute"),
      Map.entry("PrivateAAcl", "App/Net/PrivateA/AclAssociation"),
      Map.entry("Acl", "App/Net/Acl/Resource"),
      Map.entry("AclIn", "App/Net/Acl/In"),
      Map.entry("AclOut", "App/Net/Acl/Out"),
      Map.entry("AppSecurityGroup", "App/Server/SecurityGroup/Resource"),
      Map.entry("AppIngress", "App/Server/SecurityGroup/Ingress"),
      Map.entry("App", "App/Server/Resource"),
      Map.entry("AppCpu", "App/Server/Cpu/Resource"));

  private static StackDiagrams diagrams(Map<String, String> paths) {
    Stack vpc = DiagramFixtures.stack("vpc").withCdk(new CdkOrigin("cdk.out", "App", "App", "aws://1/eu-west-1",
        List.of(), paths, Map.of()));
    return DiagramFixtures.diagrams(new Project("p", List.of(vpc))).stack("vpc").orElseThrow();
  }

  /** Each node as "label: its frames from the outermost", each frame as kind:label, joined with " > ". */
  private static List<String> frames(Diagram d) {
    List<String> result = new java.util.ArrayList<>();
    for (DiagramNode n : d.nodes()) {
      result.add(n.label() + ": " + DiagramFixtures.frames(d, n.group()).stream().map(g -> g.kind() + ":" + g.label())
          .collect(java.util.stream.Collectors.joining(" > ")));
    }
    return result;
  }

  @Test
  void theVpcsConstructIsItsVpcFrameAndEachSubnetsConstructSitsInItsZone() {
    assertThat(frames(diagrams(PATHS).defaults())).contains(
        "Net: VPC:Net", // the VPC resource, named by its construct
        "IGW: VPC:Net", // at the VPC frame's edge
        "NATGateway: VPC:Net > AZ:AZ 1 > SUBNET:PublicA (public)",
        "Subnet: VPC:Net > AZ:eu-west-1a > SUBNET:PrivateA (private)",
        // PublicB's construct holds its subnet alone (the association is drawn on it): a node in its zone
        "Subnet: VPC:Net > AZ:AZ 2",
        "Server: CONSTRUCT:Server");
  }

  @Test
  void nothingPointsAtTheVpcOrSubnetFrameItSitsIn() {
    Diagram all = diagrams(PATHS).all();
    Map<String, String> groupOf = new TreeMap<>();
    all.nodes().forEach(n -> groupOf.put(n.id(), n.group()));
    String vpc = all.nodes().stream().filter(n -> n.tooltip().startsWith("AWS::EC2::VPC "))
        .findFirst().orElseThrow().id();
    for (DiagramEdge e : all.edges()) {
      boolean inside = all.groups().stream().anyMatch(g -> g.kind() == DiagramGroup.Kind.VPC
          && isIn(all, groupOf.get(e.from()), g.id()));
      if (inside) {
        assertThat(e.to()).as(e.from() + " -> the VPC whose frame it sits in").isNotEqualTo(vpc);
      }
    }
  }

  @Test
  void aConstructHoldingTwoSubnetsStaysAConstructFrame() {
    Map<String, String> paths = new TreeMap<>(PATHS);
    paths.put("PublicB", "App/Net/PublicA/SubnetB"); // two subnets in PublicA
    assertThat(frames(diagrams(paths).defaults())).contains("NATGateway: VPC:Net > CONSTRUCT:PublicA");
  }

  private static boolean isIn(Diagram d, String group, String ancestor) {
    return DiagramFixtures.frames(d, group).stream().anyMatch(g -> g.id().equals(ancestor));
  }
}

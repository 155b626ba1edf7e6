package io.github.stackdocs.render.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Project;
import io.github.stackdocs.render.Document;
import io.github.stackdocs.render.GoldenFiles;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A VPC stack at the default level ({@code diagram/vpc.yaml}) is drawn as AWS draws one: VPC → availability zone →
 * public or private subnet → resources, gateways and route tables at the VPC's edge, routes, associations, ACL
 * entries, rules, Elastic IPs and alarms on the resource they serve; the all level keeps every resource.
 */
class NetworkDiagramTest {
  private static final StackDiagrams VPC = DiagramFixtures.diagrams(new Project("vpc", List.of(DiagramFixtures.stack("vpc"))))
      .stack("vpc").orElseThrow();

  @Test
  void subnetsSitInTheirZonesInsideTheVpcWithWhatServesThemOnThem() {
    Diagram d = VPC.defaults();
    assertThat(DiagramFixtures.labels(d)).containsExactly("Acl", "App", "AppSecurityGroup", "Gateway", "Nat",
        "PrivateA", "PrivateRoutes", "PublicA", "PublicB", "PublicRoutes", "Vpc");
    Map<String, String> path = d.nodes().stream().collect(Collectors.toMap(DiagramNode::label, n -> path(d, n.group())));
    assertThat(path).containsEntry("PublicA", "Vpc / AZ 1 / subnet PublicA (public)")
        .containsEntry("Nat", "Vpc / AZ 1 / subnet PublicA (public)")
        .containsEntry("PublicB", "Vpc / AZ 2") // nothing inside it: a node, not a frame
        .containsEntry("PrivateA", "Vpc / eu-west-1a / subnet PrivateA (private)")
        .containsEntry("App", "Vpc / eu-west-1a / subnet PrivateA (private)")
        .containsEntry("Gateway", "Vpc") // at the VPC's edge, by its attachment
        .containsEntry("PublicRoutes", "Vpc").containsEntry("Acl", "Vpc");
    Map<String, DiagramNode> byLabel = d.nodes().stream().collect(Collectors.toMap(DiagramNode::label, n -> n));
    assertThat(byLabel.get("PublicB").detail()).isEqualTo("Subnet, public"); // MapPublicIpOnLaunch
    assertThat(byLabel.get("PrivateA").detail()).isEqualTo("Subnet, private"); // routes to a NAT gateway only
    assertThat(byLabel.get("PublicRoutes").attached()).isEqualTo("route");
    assertThat(byLabel.get("Acl").attached()).isEqualTo("2 ACL entries");
    assertThat(byLabel.get("Gateway").attached()).isEqualTo("VPC attachment");
    assertThat(byLabel.get("Nat").attached()).isEqualTo("Elastic IP");
    assertThat(byLabel.get("AppSecurityGroup").attached()).isEqualTo("ingress rule");
    assertThat(byLabel.get("App").attached()).isEqualTo("alarm");
    assertThat(byLabel.get("PrivateA").attached()).isEqualTo("ACL association \u00b7 route table association");
    assertThat(byLabel.get("PrivateA").tooltip()).endsWith("attached: SubnetNetworkAclAssociation PrivateAAcl,"
        + " SubnetRouteTableAssociation PrivateAAssociation");
  }

  @Test
  void edgesSayWhereTrafficGoesAndNothingPointsAtTheFrameItSitsIn() {
    assertThat(DiagramFixtures.edges(VPC.defaults())).containsExactlyInAnyOrder(
        "App --> AppSecurityGroup",
        "PrivateA --> Acl", // its ACL association
        "PrivateA --> PrivateRoutes", // its route table association
        "PrivateRoutes --> Nat", // the route, drawn from its table
        "PublicA --> PublicRoutes",
        "PublicB --> PublicRoutes",
        "PublicRoutes --> Gateway");
  }

  @Test
  void theAllLevelKeepsEveryResourceAsANode() {
    assertThat(DiagramFixtures.labels(VPC.all())).contains("AclIn", "AclOut", "AppCpu", "AppIngress", "DefaultRoute",
        "GatewayAttachment", "NatAddress", "NatRoute", "PrivateAAcl", "PublicAAssociation").hasSize(23);
    assertThat(VPC.all().nodes()).allMatch(n -> n.attached().isEmpty());
  }

  @Test
  void zonesReadInOrderAndRouteTablesThenGatewaysSitAtTheVpcsEdge() {
    Diagram d = VPC.defaults();
    Layout l = ElkLayout.layout(d);
    // AZ 1, AZ 2, eu-west-1a top to bottom, though a route leads from eu-west-1a's subnet to AZ 1's NAT gateway
    assertZonesInOrderBeforeTheEdge(d, l, List.of("PublicRoutes", "PrivateRoutes", "Acl"), true);
    Map<String, Layout.Box> box = d.nodes().stream()
        .collect(Collectors.toMap(DiagramNode::label, n -> l.nodes().get(n.id())));
    // laid out from the NAT gateway to the route table, the route is still drawn from its table to the gateway
    Layout.Route natRoute = l.edges().stream().filter(r -> r.edge().from().equals(id(d, "PrivateRoutes"))
        && r.edge().to().equals(id(d, "Nat"))).findFirst().orElseThrow();
    Layout.Point end = natRoute.points().get(natRoute.points().size() - 1);
    Layout.Box nat = box.get("Nat");
    assertThat(end.x()).isBetween(nat.x() - 1, nat.x() + nat.width() + 1);
    assertThat(end.y()).isBetween(nat.y() - 1, nat.y() + nat.height() + 1);
    Layout.Point start = natRoute.points().get(0);
    assertThat(start.x()).isGreaterThanOrEqualTo(box.get("PrivateRoutes").x() - 1);
  }

  @Test
  void atTheAllLevelTooZonesComeFirstAndRoutesTablesAndGatewaysSitAtTheEdge() {
    Diagram d = VPC.all();
    // routes lead to their tables and to the gateway alike, so tables and gateway may share the last column
    assertZonesInOrderBeforeTheEdge(d, ElkLayout.layout(d),
        List.of("PublicRoutes", "PrivateRoutes", "Acl", "DefaultRoute", "NatRoute", "AclIn", "AclOut"), false);
  }

  /**
   * The zones in name order top to bottom, each of {@code routing} right of every zone, the gateway right of them
   * ({@code beyond}) or at least not left of any.
   */
  private static void assertZonesInOrderBeforeTheEdge(Diagram d, Layout l, List<String> routing, boolean beyond) {
    Map<String, Layout.Box> box = d.nodes().stream()
        .collect(Collectors.toMap(DiagramNode::label, n -> l.nodes().get(n.id())));
    List<Layout.Box> zones = d.groups().stream().filter(g -> g.kind() == DiagramGroup.Kind.AZ)
        .sorted(java.util.Comparator.comparing(DiagramGroup::label)).map(g -> l.groups().get(g.id())).toList();
    assertThat(zones).hasSize(3);
    assertThat(zones.get(0).y()).isLessThan(zones.get(1).y());
    assertThat(zones.get(1).y()).isLessThan(zones.get(2).y());
    double zonesRight = zones.stream().mapToDouble(z -> z.x() + z.width()).max().orElseThrow();
    for (String r : routing) {
      assertThat(box.get(r).x()).as(r).isGreaterThan(zonesRight);
      assertThat(box.get("Gateway").x()).as(r)
          .isGreaterThanOrEqualTo(beyond ? box.get(r).x() + box.get(r).width() : box.get(r).x());
    }
  }

  @Test
  void theAllLevelDrawsRoutesAndAclEntriesInTheVpcAndNothingPointsAtTheFrameItSitsIn() {
    Diagram d = VPC.all();
    Map<String, String> path = d.nodes().stream().collect(Collectors.toMap(DiagramNode::label, n -> path(d, n.group())));
    assertThat(path).containsEntry("DefaultRoute", "Vpc").containsEntry("NatRoute", "Vpc")
        .containsEntry("AclIn", "Vpc").containsEntry("AclOut", "Vpc");
    Map<String, String> groupOf = d.nodes().stream().collect(Collectors.toMap(DiagramNode::id, DiagramNode::group));
    java.util.Set<String> subnets = java.util.Set.of(id(d, "PublicA"), id(d, "PublicB"), id(d, "PrivateA"));
    for (DiagramEdge e : d.edges()) {
      assertThat(e.to()).as(e.from() + " -> the VPC it sits in").isNotEqualTo(id(d, "Vpc"));
      if (subnets.contains(e.to())) { // a subnet with members is drawn inside its own frame
        assertThat(groupOf.get(e.from())).as(e.from() + " -> the subnet whose frame it sits in")
            .isNotEqualTo(groupOf.get(e.to()));
      }
    }
  }

  private static String id(Diagram d, String label) {
    return d.nodes().stream().filter(n -> n.label().equals(label)).findFirst().orElseThrow().id();
  }

  @Test
  void goldenSvgAndMermaid() {
    GoldenFiles.assertMatches("diagram/vpc", List.of(
        new Document("vpc-default.svg", SvgRenderer.render(VPC.defaults())),
        new Document("vpc-default.mmd", MermaidRenderer.render(VPC.defaults()) + "\n")));
  }

  private static String path(Diagram d, String group) {
    return DiagramFixtures.frames(d, group).stream().map(DiagramGroup::label).collect(Collectors.joining(" / "));
  }
}

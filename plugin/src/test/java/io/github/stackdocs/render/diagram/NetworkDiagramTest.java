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
  void goldenSvgAndMermaid() {
    GoldenFiles.assertMatches("diagram/vpc", List.of(
        new Document("vpc-default.svg", SvgRenderer.render(VPC.defaults())),
        new Document("vpc-default.mmd", MermaidRenderer.render(VPC.defaults()) + "\n")));
  }

  private static String path(Diagram d, String group) {
    if (group.isEmpty()) {
      return "";
    }
    DiagramGroup g = d.groups().stream().filter(x -> x.id().equals(group)).findFirst().orElseThrow();
    String parent = path(d, g.parent());
    return parent.isEmpty() ? g.label() : parent + " / " + g.label();
  }
}

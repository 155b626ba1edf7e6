package io.github.stackdocs.render.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.Corpus;
import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.pipeline.DocsGenerator;
import io.github.stackdocs.pipeline.DocsRequest;
import io.github.stackdocs.pipeline.FailOn;
import io.github.stackdocs.pipeline.Log;
import io.github.stackdocs.render.Format;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quality of the diagrams of real third-party stacks ({@link DiagramQuality}), kept from getting worse: widdix
 * {@code vpc/vpc-3azs} and {@code ecs/service-cluster-alb}, the CDK Bonjour Fargate sample. Prints the figures and
 * writes the SVGs to {@code target/diagram-quality} to be looked at. Skips when the corpus is absent.
 */
class DiagramQualityTest {
  @TempDir Path tmp;

  /** The measure itself on a hand-made layout: one crossing, one label away from its line, one node outside. */
  @Test
  void theMeasureCountsCrossingsFloatingLabelsAndNodesOutsideTheirFrame() {
    DiagramNode a = new DiagramNode("a", "a", "X", "", Family.OTHER, "", "g");
    DiagramNode b = new DiagramNode("b", "b", "X", "", Family.OTHER, "", "g");
    DiagramEdge ab = new DiagramEdge("a", "b", "x", DiagramEdge.Style.SOLID);
    DiagramEdge ba = new DiagramEdge("b", "a", "", DiagramEdge.Style.SOLID);
    Diagram d = new Diagram("t", java.util.List.of(new DiagramGroup("g", "g", "", DiagramGroup.Kind.SERVICE)),
        java.util.List.of(a, b), java.util.List.of(ab, ba));
    Layout layout = new Layout(d, 200, 200,
        java.util.Map.of("a", new Layout.Box(0, 0, 10, 10), "b", new Layout.Box(150, 150, 10, 10)),
        java.util.Map.of("g", new Layout.Box(0, 0, 100, 100)),
        java.util.List.of(
            new Layout.Route(ab, java.util.List.of(new Layout.Point(0, 50), new Layout.Point(100, 50)),
                new Layout.Box(40, 70, 20, 10)),
            new Layout.Route(ba, java.util.List.of(new Layout.Point(50, 0), new Layout.Point(50, 100)), null)));
    DiagramQuality q = DiagramQuality.of(layout);
    assertThat(q.crossings()).isEqualTo(1);
    assertThat(q.floatingLabels()).isEqualTo(1); // 20 px below its line
    assertThat(q.outsideFrame()).isEqualTo(1); // b
    assertThat(q.lengthPerNode()).isEqualTo(100.0);
  }

  @Test
  void widdixVpcThreeAzs() throws Exception {
    Path corpus = Corpus.rootOrSkip("DiagramQualityTest");
    Project p = template(corpus.resolve("templates/aws-cf-templates/vpc/vpc-3azs.yaml"));
    // before: 48 nodes, 80 edges, 286 crossings, 1541 px edge length per node
    // all level 225 crossings before the VPC's edge (route tables, routes, gateways after the zones)
    keep(measure("vpc-3azs", p, "vpc-3azs"), 17, 13, 220, 46);
  }

  @Test
  void widdixEcsServiceClusterAlb() throws Exception {
    Path corpus = Corpus.rootOrSkip("DiagramQualityTest");
    Project p = template(corpus.resolve("templates/aws-cf-templates/ecs/service-cluster-alb.yaml"));
    // before: 9 nodes, 10 edges, 0 crossings, 499 px
    keep(measure("service-cluster-alb", p, "service-cluster-alb"), 4, 0, 80, 1);
  }

  @Test
  void widdixEcsCluster() throws Exception {
    Path corpus = Corpus.rootOrSkip("DiagramQualityTest");
    Project p = template(corpus.resolve("templates/aws-cf-templates/ecs/cluster.yaml"));
    // with the defaults its alarms are not created (no alert topic given): see examples/widdix-ecs-vpc for them
    keep(measure("ecs-cluster", p, "cluster"), 12, 1, 520, 59);
  }

  @Test
  void cdkBonjourFargate() throws Exception {
    Path corpus = Corpus.rootOrSkip("DiagramQualityTest");
    DocsRequest request = DocsRequest.builder(tmp).sourceDirectory(Files.createDirectories(tmp.resolve("src")))
        .outputDirectory(tmp.resolve("out")).formats(EnumSet.of(Format.JSON)).failOn(FailOn.NEVER)
        .projectName("bonjour").mode(WriteMode.CHECK)
        .cdkOutDirectory(Optional.of(corpus.resolve("cdk/fargate-application-load-balanced-service"))).build();
    Project p = generate(request);
    // before: 34 nodes, 61 edges, 38 crossings, 1394 px, 1 floating label; 703 px since icons widen nodes by 38 px;
    // 9 crossings, 703 px (all level 23, 1166 px) before its VPC construct was drawn as VPC -> zone -> subnet
    keep(measure("bonjour", p, "Bonjour"), 19, 11, 675, 22);
  }

  @Test
  void exampleShop() throws Exception {
    Path shop = Path.of("../examples/shop/src/main/cloudformation").toAbsolutePath().normalize();
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shop));
    DocsRequest request = DocsRequest.builder(shop.getParent().getParent().getParent()).sourceDirectory(shop).outputDirectory(tmp.resolve("out"))
        .formats(EnumSet.of(Format.JSON)).failOn(FailOn.NEVER).projectName("shop").mode(WriteMode.CHECK).build();
    Project p = generate(request);
    // before: network 16 nodes, 2 crossings, 500 px; data 5, 0, 89 px; api 24 nodes, 19 crossings, 932 px, 4 floating
    keep(measure("shop-network", p, "network"), 10, 1, 70, 1);
    keep(measure("shop-data", p, "data"), 5, 0, 100, 0);
    // 529 px before the network stack's subnets and security group were drawn inside its VPC frame: 393
    keep(measure("shop-api", p, "api"), 12, 3, 400, 49);
  }

  /**
   * The figures may get better, not worse: no node outside its frame, no label away from its edge, at either level;
   * the default level's nodes, crossings and edge length, and the all level's crossings, at most as given.
   */
  private static void keep(DiagramQuality[] q, int nodes, int crossings, double lengthPerNode, int allCrossings) {
    keep(q[0], nodes, crossings, lengthPerNode);
    assertThat(q[1].outsideFrame()).as("all level: nodes outside their frame").isZero();
    assertThat(q[1].floatingLabels()).as("all level: labels away from their edge").isZero();
    assertThat(q[1].crossings()).as("all level: crossings").isLessThanOrEqualTo(allCrossings);
  }

  private static void keep(DiagramQuality q, int nodes, int crossings, double lengthPerNode) {
    assertThat(q.outsideFrame()).as("nodes outside their frame").isZero();
    assertThat(q.floatingLabels()).as("labels away from their edge").isZero();
    assertThat(q.nodes()).as("nodes").isLessThanOrEqualTo(nodes);
    assertThat(q.crossings()).as("crossings").isLessThanOrEqualTo(crossings);
    assertThat(q.lengthPerNode()).as("edge length per node").isLessThanOrEqualTo(lengthPerNode);
  }

  private Project template(Path file) throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.copy(file, src.resolve(file.getFileName()));
    DocsRequest request = DocsRequest.builder(tmp).sourceDirectory(src).outputDirectory(tmp.resolve("out"))
        .formats(EnumSet.of(Format.JSON)).failOn(FailOn.NEVER).projectName("q").mode(WriteMode.CHECK).build();
    return generate(request);
  }

  private static Project generate(DocsRequest request) {
    DocsGenerator generator = new DocsGenerator(Log.silent());
    return generator.generate(request).project();
  }

  /** The default and the all level's quality (printed), both SVGs written to target/diagram-quality. */
  private static DiagramQuality[] measure(String name, Project p, String stack) throws Exception {
    DiagramSet set = DiagramSet.build(p, DependencyGraph.build(p), DiagramLevel.DEFAULT, true);
    StackDiagrams d = set.stack(stack).orElseThrow(() -> new AssertionError(stack + " in " + p.stacks()));
    Path out = Files.createDirectories(Path.of("target/diagram-quality"));
    DiagramLevel[] levels = {DiagramLevel.DEFAULT, DiagramLevel.ALL};
    DiagramQuality[] result = new DiagramQuality[levels.length];
    for (int i = 0; i < levels.length; i++) {
      DiagramLevel level = levels[i];
      Layout layout = ElkLayout.layout(d.level(level));
      DiagramQuality q = DiagramQuality.of(layout);
      System.out.println("[quality] " + name + " " + level.slug() + ": " + q.line());
      Files.writeString(out.resolve(name + "-" + level.slug() + ".svg"), SvgWriter.write(layout), StandardCharsets.UTF_8);
      Files.writeString(out.resolve(name + "-" + level.slug() + ".mmd"), MermaidRenderer.render(d.level(level)),
          StandardCharsets.UTF_8);
      result[i] = q;
    }
    return result;
  }
}

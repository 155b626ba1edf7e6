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

  @Test
  void widdixVpcThreeAzs() throws Exception {
    Path corpus = Corpus.rootOrSkip("DiagramQualityTest");
    Project p = template(corpus.resolve("templates/aws-cf-templates/vpc/vpc-3azs.yaml"));
    DiagramQuality q = measure("vpc-3azs", p, "vpc-3azs");
    assertThat(q.outsideFrame()).isZero();
  }

  @Test
  void widdixEcsServiceClusterAlb() throws Exception {
    Path corpus = Corpus.rootOrSkip("DiagramQualityTest");
    Project p = template(corpus.resolve("templates/aws-cf-templates/ecs/service-cluster-alb.yaml"));
    DiagramQuality q = measure("service-cluster-alb", p, "service-cluster-alb");
    assertThat(q.outsideFrame()).isZero();
  }

  @Test
  void cdkBonjourFargate() throws Exception {
    Path corpus = Corpus.rootOrSkip("DiagramQualityTest");
    DocsRequest request = DocsRequest.builder(tmp).sourceDirectory(Files.createDirectories(tmp.resolve("src")))
        .outputDirectory(tmp.resolve("out")).formats(EnumSet.of(Format.JSON)).failOn(FailOn.NEVER)
        .projectName("bonjour").mode(WriteMode.CHECK)
        .cdkOutDirectory(Optional.of(corpus.resolve("cdk/fargate-application-load-balanced-service"))).build();
    Project p = generate(request);
    DiagramQuality q = measure("bonjour", p, "Bonjour");
    assertThat(q.outsideFrame()).isZero();
  }

  @Test
  void exampleShop() throws Exception {
    Path shop = Path.of("../examples/shop/src/main/cloudformation").toAbsolutePath().normalize();
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shop));
    DocsRequest request = DocsRequest.builder(shop.getParent().getParent().getParent()).sourceDirectory(shop).outputDirectory(tmp.resolve("out"))
        .formats(EnumSet.of(Format.JSON)).failOn(FailOn.NEVER).projectName("shop").mode(WriteMode.CHECK).build();
    Project p = generate(request);
    for (String stack : new String[] {"network", "data", "api"}) {
      assertThat(measure("shop-" + stack, p, stack).outsideFrame()).isZero();
    }
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

  /** The default level's quality (printed with the all level's), both SVGs written to target/diagram-quality. */
  private static DiagramQuality measure(String name, Project p, String stack) throws Exception {
    DiagramSet set = DiagramSet.build(p, DependencyGraph.build(p), DiagramLevel.DEFAULT, true);
    StackDiagrams d = set.stack(stack).orElseThrow(() -> new AssertionError(stack + " in " + p.stacks()));
    Path out = Files.createDirectories(Path.of("target/diagram-quality"));
    DiagramQuality result = null;
    for (DiagramLevel level : new DiagramLevel[] {DiagramLevel.DEFAULT, DiagramLevel.ALL}) {
      Layout layout = ElkLayout.layout(d.level(level));
      DiagramQuality q = DiagramQuality.of(layout);
      System.out.println("[quality] " + name + " " + level.slug() + ": " + q.line());
      Files.writeString(out.resolve(name + "-" + level.slug() + ".svg"), SvgWriter.write(layout), StandardCharsets.UTF_8);
      Files.writeString(out.resolve(name + "-" + level.slug() + ".mmd"), MermaidRenderer.render(d.level(level)),
          StandardCharsets.UTF_8);
      if (result == null) {
        result = q;
      }
    }
    return result;
  }
}

package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.render.Format;
import io.github.stackdocs.render.diagram.Diagram;
import io.github.stackdocs.render.diagram.DiagramEdge;
import io.github.stackdocs.render.diagram.DiagramNode;
import io.github.stackdocs.render.diagram.Family;
import io.github.stackdocs.render.diagram.SvgCache;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Diagrams drawn by an earlier generate are reused by content, never changing a byte of the docs. */
class SvgCacheFolderTest {
  @TempDir Path base;

  private static DiagramNode node(String id, String label, String badge) {
    return new DiagramNode(id, label, badge, "", Family.values()[0], "", null);
  }

  @Test
  void keysTellApartDiagramsWhoseTextsWouldRunTogether() {
    Diagram a = new Diagram("t", List.of(), List.of(node("n", "a, b", "c")), List.of());
    Diagram b = new Diagram("t", List.of(), List.of(node("n", "a", " b, c")), List.of());
    Diagram a2 = new Diagram("t", List.of(), List.of(node("n", "a, b", "c")), List.of());
    Diagram withEdge = new Diagram("t", List.of(), List.of(node("n", "a, b", "c")),
        List.of(new DiagramEdge("n", "n", "loops", DiagramEdge.Style.values()[0])));
    assertThat(SvgCache.key(a)).isEqualTo(SvgCache.key(a2)).isNotEqualTo(SvgCache.key(b))
        .isNotEqualTo(SvgCache.key(withEdge));
    DiagramNode entry = new DiagramNode("n", "a, b", "c", "", Family.values()[0], "", null, "",
        io.github.stackdocs.render.diagram.Tier.ENTRY);
    assertThat(SvgCache.key(new Diagram("t", List.of(), List.of(entry), List.of())))
        .as("a node's tier moves it in the layout").isNotEqualTo(SvgCache.key(a));
  }

  @Test
  void aDrawingIsKeptPerBuildAndPrunedWhenARunNoLongerUsesIt() throws IOException {
    Path folder = base.resolve("cache");
    SvgCacheFolder first = new SvgCacheFolder(folder, "build-1");
    assertThat(first.svg("k1")).isEmpty();
    first.put("k1", "<svg>1</svg>\n");
    first.put("k2", "<svg>2</svg>\n");

    SvgCacheFolder sameBuild = new SvgCacheFolder(folder, "build-1");
    assertThat(sameBuild.svg("k1")).contains("<svg>1</svg>\n");
    assertThat(sameBuild.hits()).isEqualTo(1);
    sameBuild.prune(); // k2 was not asked for
    assertThat(new SvgCacheFolder(folder, "build-1").svg("k2")).isEmpty();
    assertThat(new SvgCacheFolder(folder, "build-2").svg("k1")).as("another build draws anew").isEmpty();
  }

  @Test
  void aRunAfterAChangeReusesTheUnchangedDiagramsAndWritesTheSameDocsAsAnUncachedRun() throws IOException {
    Files.createDirectories(base.resolve("src/main/cloudformation"));
    Files.writeString(base.resolve("src/main/cloudformation/a.yaml"), """
        Resources:
          Queue:
            Type: AWS::SQS::Queue
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Role: !GetAtt Role.Arn
              Environment:
                Variables:
                  QUEUE: !Ref Queue
          Role:
            Type: AWS::IAM::Role
        """);
    Files.writeString(base.resolve("src/main/cloudformation/b.yaml"), """
        Resources:
          Topic:
            Type: AWS::SNS::Topic
        """);
    DocsRequest.Builder cached = DocsRequest.builder(base).outputDirectory(Path.of("docs"))
        .formats(EnumSet.of(Format.ADOC, Format.MD)).failOn(FailOn.NEVER)
        .stampFile(Optional.of(Path.of("target/stackdocs-stamp/docs.stamp")));
    try (DocsGenerator g = new DocsGenerator(Log.silent())) {
      g.run(cached.build());
      Path cache = base.resolve("target/stackdocs-stamp/docs.svg-cache");
      Map<String, String> drawings = files(cache);
      assertThat(drawings).isNotEmpty();

      Files.writeString(base.resolve("src/main/cloudformation/b.yaml"), """
          Resources:
            Topic:
              Type: AWS::SNS::Topic
            Other:
              Type: AWS::SNS::Topic
          """);
      g.run(cached.build());
      Map<String, String> after = files(cache);
      // stack a's drawings are the very files of the first run; b's changed ones replaced theirs
      assertThat(after.keySet()).containsAnyElementsOf(drawings.keySet());
      assertThat(after.keySet()).isNotEqualTo(drawings.keySet());
      assertThat(after).hasSameSizeAs(drawings);

      g.run(DocsRequest.builder(base).outputDirectory(Path.of("fresh"))
          .formats(EnumSet.of(Format.ADOC, Format.MD)).failOn(FailOn.NEVER).build());
      assertThat(files(base.resolve("docs"))).isEqualTo(files(base.resolve("fresh")));

      // proof that drawings are read from the cache, not drawn again: a marked cached drawing reaches the docs
      String aDiagram = Files.readString(base.resolve("docs/diagrams/a.svg"));
      Path cachedA = after.entrySet().stream().filter(e -> e.getValue().equals(aDiagram)).findFirst()
          .map(e -> cache.resolve(e.getKey())).orElseThrow();
      Files.writeString(cachedA, aDiagram.replace("</svg>", "<!-- from the cache --></svg>"));
      g.run(cached.force(true).build());
      assertThat(Files.readString(base.resolve("docs/diagrams/a.svg"))).contains("<!-- from the cache -->");
    }
  }

  private static Map<String, String> files(Path dir) throws IOException {
    Map<String, String> result = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path f : all.filter(Files::isRegularFile).toList()) {
        result.put(dir.relativize(f).toString(), Files.readString(f));
      }
    }
    return result;
  }
}

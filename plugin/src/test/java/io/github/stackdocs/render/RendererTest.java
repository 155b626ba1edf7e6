package io.github.stackdocs.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.model.Project;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RendererTest {
  private static final Set<Format> ALL = EnumSet.of(Format.ADOC, Format.MD, Format.JSON);

  private static List<Document> render(DocumentRenderer renderer, Set<Format> formats) {
    Project p = Fixtures.rich();
    return renderer.render(p, DependencyGraph.build(p), Fixtures.richFindings(), formats);
  }

  @Test
  void producesTheDocumentLayoutSortedByPath() {
    List<Document> docs = render(new DocumentRenderer(Optional.empty()), EnumSet.of(Format.ADOC, Format.MD,
        Format.JSON, Format.HTML));
    assertThat(docs).extracting(Document::path).containsExactly(
        "assets/search-index.js", "assets/stackdocs.css", "assets/stackdocs.js", "diagrams/app-all.mmd", "diagrams/app-all.svg", "diagrams/app-summary.mmd", "diagrams/app-summary.svg",
        "diagrams/app.mmd", "diagrams/app.svg", "diagrams/network-all.mmd", "diagrams/network-all.svg",
        "diagrams/network-summary.mmd", "diagrams/network-summary.svg", "diagrams/network.mmd", "diagrams/network.svg",
        "diagrams/system.mmd", "diagrams/system.svg", "index.adoc", "index.md",
        "model.json",
        "stacks/app.adoc", "stacks/app.md", "stacks/network.adoc", "stacks/network.md");
    assertThat(docs).allSatisfy(d -> {
      assertThat(d.content()).endsWith("\n").doesNotEndWith("\n\n").doesNotContain("\r").doesNotContain(" \n");
    });
    // HTML pages are made from the AsciiDoc elsewhere; for HTML the renderer adds the site's assets and diagrams
    assertThat(render(new DocumentRenderer(Optional.empty()), Set.of(Format.HTML))).extracting(Document::path)
        .containsExactly("assets/search-index.js", "assets/stackdocs.css", "assets/stackdocs.js", "diagrams/app-all.mmd", "diagrams/app-all.svg", "diagrams/app-summary.mmd", "diagrams/app-summary.svg",
        "diagrams/app.mmd", "diagrams/app.svg", "diagrams/network-all.mmd", "diagrams/network-all.svg",
        "diagrams/network-summary.mmd", "diagrams/network-summary.svg", "diagrams/network.mmd", "diagrams/network.svg",
        "diagrams/system.mmd", "diagrams/system.svg");
    // Markdown keeps Mermaid in its pages and writes no diagram files
    assertThat(render(new DocumentRenderer(Optional.empty()), Set.of(Format.MD))).extracting(Document::path)
        .noneMatch(p -> p.startsWith("diagrams/"));
  }

  @Test
  void sameBytesUnderAnotherLocaleAndTimeZone() {
    DocumentRenderer renderer = new DocumentRenderer(Optional.empty());
    List<Document> expected = render(renderer, ALL);
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(new Locale("tr", "TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertThat(render(renderer, ALL)).isEqualTo(expected);
      assertThat(render(new DocumentRenderer(Optional.empty()), ALL)).isEqualTo(expected);
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void overridingOnePartialChangesOnlyThatSection(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("md"));
    Files.writeString(dir.resolve("md/parameters.ftl"),
        "<a id=\"parameters\"></a>\n## Inputs\n\n<#list stack.parameterGroups as g><#list g.parameters as p>"
            + "- ${p.name}\n</#list></#list>\n\n");
    String before = content(render(new DocumentRenderer(Optional.empty()), Set.of(Format.MD)), "stacks/app.md");
    String after = content(render(new DocumentRenderer(Optional.of(dir)), Set.of(Format.MD)), "stacks/app.md");

    int start = before.indexOf("<a id=\"parameters\"></a>");
    int end = before.indexOf("<a id=\"resources\"></a>");
    assertThat(start).isPositive();
    assertThat(end).isGreaterThan(start);
    String expected = before.substring(0, start)
        + "<a id=\"parameters\"></a>\n## Inputs\n\n- Env\n- MemorySize\n- DbPassword\n\n"
        + before.substring(end);
    assertThat(after).isEqualTo(expected);
  }

  @Test
  void hostileValuesNeverReachOutputUnescaped() {
    for (Document d : render(new DocumentRenderer(Optional.empty()), EnumSet.of(Format.ADOC, Format.MD))) {
      // Markdown code spans show their content literally (no HTML, no links), so only text outside them counts.
      String live = d.path().endsWith(".md") ? d.content().replaceAll("(`+)(?!`).*?(?<!`)\\1(?!`)", "`code`") : d.content();
      assertThat(live).as(d.path())
          .doesNotContain("<script>", "<b>", "pass:[", "include::/etc/passwd[]", "[link](", "**bold**", "} | include");
      if (d.path().endsWith(".adoc")) {
        // the templates' own passthrough blocks (the diagram's object) are delimited by lines of four '+'
        assertThat(d.content().replace("\n++++\n", "\n")).as(d.path()).doesNotContain("{attr}", "+++");
      }
    }
  }

  @Test
  void oneRendererServesManyThreads() throws Exception {
    DocumentRenderer renderer = new DocumentRenderer(Optional.empty());
    List<Document> expected = render(renderer, ALL);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      var futures = new java.util.ArrayList<java.util.concurrent.Future<List<Document>>>();
      for (int i = 0; i < 8; i++) {
        futures.add(pool.submit(() -> render(renderer, ALL)));
      }
      for (var f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  private static String content(List<Document> docs, String path) {
    return docs.stream().filter(d -> d.path().equals(path)).findFirst().orElseThrow().content();
  }
}

package io.github.stackdocs.render;

import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.model.Project;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GoldenTest {
  private static final DocumentRenderer RENDERER = new DocumentRenderer(Optional.empty());

  private static List<Document> render(Project p, List<io.github.stackdocs.model.Finding> findings, Format f) {
    return RENDERER.render(p, DependencyGraph.build(p), findings, Set.of(f));
  }

  @Test
  void richMarkdown() {
    GoldenFiles.assertMatches("md/rich", render(Fixtures.rich(), Fixtures.richFindings(), Format.MD));
  }

  @Test
  void richAsciiDoc() {
    GoldenFiles.assertMatches("adoc/rich", render(Fixtures.rich(), Fixtures.richFindings(), Format.ADOC));
  }

  @Test
  void richJson() {
    GoldenFiles.assertMatches("json/rich", render(Fixtures.rich(), Fixtures.richFindings(), Format.JSON));
  }

  /** The HTML site's pages and search index (the style and script are static files), rendered from the view. */
  private static List<Document> site(Project p, List<io.github.stackdocs.model.Finding> findings) {
    io.github.stackdocs.render.site.SiteSources sources = new io.github.stackdocs.render.site.SiteSources(List.of(),
        new java.util.TreeMap<>(java.util.Map.of("orders/Fn.adoc", "= Fn runbook\n")), Optional.empty());
    return RENDERER.render(p, DependencyGraph.build(p), findings, Set.of(Format.HTML), false, List.of(),
        Optional.of(sources), io.github.stackdocs.render.diagram.DiagramLevel.DEFAULT).documents().stream()
        .filter(d -> d.path().endsWith(".html") || d.path().endsWith("search-index.js")).toList();
  }

  @Test
  void richHtml() {
    GoldenFiles.assertMatches("html/rich", site(Fixtures.rich(), Fixtures.richFindings()));
  }

  @Test
  void emptyStackMarkdownAndAsciiDoc() {
    Project p = new Project("", List.of(Fixtures.stack("empty", "empty.json", "", List.of(), List.of(),
        java.util.Map.of(), List.of(), List.of(), List.of())));
    GoldenFiles.assertMatches("md/empty", render(p, List.of(), Format.MD));
    GoldenFiles.assertMatches("adoc/empty", render(p, List.of(), Format.ADOC));
    GoldenFiles.assertMatches("json/empty", render(p, List.of(), Format.JSON));
    GoldenFiles.assertMatches("html/empty", site(p, List.of()));
  }
}

package io.github.stackdocs.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.render.Document;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One Asciidoctor start for all cases: it costs seconds. */
class HtmlRendererTest {

  @Test
  void convertsPagesDeterministicallyWithLinkedStylesheetAndCapturedWarnings() {
    List<Document> adoc = List.of(
        new Document("index.adoc", "= Shop\n\nSee xref:stacks/api.adoc#res-fn[the function].\n"),
        new Document("stacks/api.adoc", "= Stack: api\n\n[[res-fn]]\n== Fn\n\nText &#60;script&#62;\n\n----\nunterminated\n"));
    List<Finding> findings = new ArrayList<>();
    List<Document> first;
    List<Document> second;
    try (HtmlRenderer renderer = new HtmlRenderer()) {
      assertThat(renderer.started()).isFalse();
      first = renderer.render(adoc, findings);
      assertThat(renderer.started()).isTrue();
      second = renderer.render(adoc, new ArrayList<>());
    }

    assertThat(first).extracting(Document::path).containsExactly("index.html", "stacks/api.html", "asciidoctor.css");
    assertThat(first).isEqualTo(second);
    String index = first.get(0).content();
    assertThat(index).contains("<!DOCTYPE html>", "href=\"stacks/api.html#res-fn\"", "href=\"./asciidoctor.css\"");
    assertThat(index).doesNotContain("Last updated").doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\d");
    String api = first.get(1).content();
    assertThat(api).contains("href=\"../asciidoctor.css\"", "id=\"res-fn\"", "Text &#60;script&#62;");
    assertThat(api).doesNotContain("<script>");
    assertThat(index).contains("<link rel=\"stylesheet\" href=\"assets/stackdocs.css\">\n</head>",
        "<div id=\"stackdocs-search\" data-root=\"\"></div>", "<script src=\"assets/search-index.js\"></script>");
    assertThat(api).contains("href=\"../assets/stackdocs.css\"", "data-root=\"../\"", "src=\"../assets/stackdocs.js\"");
    assertThat(first.get(2).content()).contains("Asciidoctor default stylesheet", "overflow-wrap:anywhere");
    assertThat(findings).anySatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARN);
      assertThat(f.location().file()).isEqualTo("stacks/api.adoc");
      assertThat(f.message()).contains("unterminated listing block");
    });
  }

  @Test
  void pagesConvertedOnSeveralThreadsMatchOnePageAtATimeAndEachWarningNamesItsOwnPage() {
    List<Document> adoc = new ArrayList<>();
    for (int i = 0; i < 48; i++) {
      String body = i % 3 == 0 ? "----\nunterminated " + i + "\n" : "Page " + i + " ".repeat(i * 40) + "\n\n== Part\n\nText.\n";
      adoc.add(new Document("runbooks/s/r" + i + ".adoc", "= Runbook " + i + "\n\n" + body));
    }
    // two pages over HtmlRenderer.LARGE, converted one at a time beside the pool; one of them with a warning
    String big = "A row of text for a large overview page.\n\n".repeat(HtmlRenderer.LARGE / 40);
    adoc.set(5, new Document("index.adoc", "= Overview\n\n" + big));
    adoc.set(21, new Document("findings.adoc", "= Findings\n\n" + big + "----\nunterminated big\n"));
    List<Finding> together = new ArrayList<>();
    List<Document> batch;
    List<Document> oneByOne = new ArrayList<>();
    List<Finding> alone = new ArrayList<>();
    try (HtmlRenderer renderer = new HtmlRenderer(4)) {
      batch = renderer.render(adoc, together);
      for (Document page : adoc) {
        oneByOne.add(renderer.render(List.of(page), alone).get(0));
      }
      assertThat(renderer.conversions()).isEqualTo(96);
    }

    assertThat(batch.subList(0, adoc.size())).isEqualTo(oneByOne);
    assertThat(together).isEqualTo(alone).hasSize(16); // r0, r3, ... r45, with findings.adoc in the place of r21
    for (Finding f : together) {
      assertThat(f.message()).contains("unterminated listing block");
      if (!f.location().file().equals("findings.adoc")) {
        int page = Integer.parseInt(f.location().file().replaceAll("\\D", ""));
        assertThat(page % 3).isZero();
      }
    }
    assertThat(together).extracting(f -> f.location().file()).contains("findings.adoc");
    assertThat(together).extracting(f -> f.location().file()).doesNotHaveDuplicates();
  }

  @Test
  void aPageGivenAnotherSitesNavigationIsTheSameAsThePageConvertedInThatSite() {
    io.github.stackdocs.render.site.SiteMap.RunbookEntry fn =
        new io.github.stackdocs.render.site.SiteMap.RunbookEntry("Fn", "runbooks/app/Fn", "app", "stacks/app");
    io.github.stackdocs.render.site.SiteMap.StackEntry app =
        new io.github.stackdocs.render.site.SiteMap.StackEntry("app", "stacks/app", List.of(), List.of(fn));
    io.github.stackdocs.render.site.SiteMap.StackEntry net =
        new io.github.stackdocs.render.site.SiteMap.StackEntry("net <b>", "stacks/net", List.of(), List.of());
    io.github.stackdocs.render.site.SiteMap before =
        new io.github.stackdocs.render.site.SiteMap("shop", List.of(app), List.of(), 3, false);
    io.github.stackdocs.render.site.SiteMap after =
        new io.github.stackdocs.render.site.SiteMap("shop", List.of(app, net), List.of(), 4, true);
    List<Document> adoc = List.of(
        new Document("index.adoc", "= shop\n\n== Stacks\n\nText.\n"),
        new Document("stacks/app.adoc", "= Stack: app\n\nNo sections, so the navigation gets a sidebar.\n"),
        new Document("runbooks/app/Fn.adoc", "= Runbook: Fn\n\n== Notes\n\nNotes.\n"));
    List<Document> old;
    List<Document> fresh;
    try (HtmlRenderer renderer = new HtmlRenderer(1)) {
      old = renderer.render(adoc, java.util.Optional.of(before), new ArrayList<>());
      fresh = renderer.render(adoc, java.util.Optional.of(after), new ArrayList<>());
    }

    for (int i = 0; i < adoc.size(); i++) {
      assertThat(old.get(i)).as(adoc.get(i).path()).isNotEqualTo(fresh.get(i));
      assertThat(HtmlRenderer.renavigated(old.get(i), after)).as(adoc.get(i).path()).contains(fresh.get(i));
    }
    assertThat(fresh.get(1).content()).contains("stacks/net.html", "net &lt;b&gt;", "Findings (4)");
    String plain = "<html><body><div id=\"header\">\n<h1>x</h1></div></body></html>\n";
    assertThat(HtmlRenderer.renavigated(new Document("x.html", plain), after)).as("no navigation to replace").isEmpty();
  }
}

package io.github.stackdocs.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.render.Document;
import io.github.stackdocs.render.site.SiteMap;
import io.github.stackdocs.render.template.TemplateEngine;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The frame of the pages written in AsciiDoc, and a page given another site's navigation; no Asciidoctor needed. */
class HtmlPagesTest {
  private static final HtmlPages PAGES = new HtmlPages(new TemplateEngine(Optional.empty()));

  @Test
  void aPageGivenAnotherSitesNavigationIsTheSameAsThePageMadeInThatSite() {
    SiteMap.RunbookEntry fn = new SiteMap.RunbookEntry("Fn", "runbooks/app/Fn", "app", "stacks/app");
    SiteMap.StackEntry app = new SiteMap.StackEntry("app", "stacks/app", List.of(), List.of(fn));
    SiteMap.StackEntry net = new SiteMap.StackEntry("net <b>", "stacks/net", List.of(), List.of());
    SiteMap before = new SiteMap("shop", List.of(app), List.of(), 3, false);
    SiteMap after = new SiteMap("shop", List.of(app, net), List.of(), 4, true);
    String body = "<h1>Runbook: Fn</h1>\n<div class=\"sect1\"><h2 id=\"_notes\">Notes</h2></div>\n";
    Document old = PAGES.asciiDocPage("runbooks/app/Fn.html", "Runbook: Fn", body, Optional.of(before));
    Document fresh = PAGES.asciiDocPage("runbooks/app/Fn.html", "Runbook: Fn", body, Optional.of(after));

    assertThat(old).isNotEqualTo(fresh);
    assertThat(HtmlPages.renavigated(old, after)).contains(fresh);
    assertThat(fresh.content()).contains("../../stacks/net.html", "net &lt;b&gt;", "Findings (4)",
        "<title>Runbook: Fn</title>", body, "<span aria-current=\"page\">Fn runbook</span>",
        "href=\"../../assets/stackdocs.css\"", "data-root=\"../../\"", "src=\"../../assets/stackdocs.js\"")
        .startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n" + ContentSecurityPolicy.META);
    String plain = "<html><body><div id=\"header\">\n<h1>x</h1></div></body></html>\n";
    assertThat(HtmlPages.renavigated(new Document("x.html", plain), after)).as("no navigation to replace").isEmpty();
  }
}

package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.render.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's HTML site in headless Chromium, from file:// with no network: no console errors on the index, a stack
 * page, a runbook page and the findings page; the client-side search finds a resource by logical id; breadcrumbs and
 * the site navigation are there. Skipped (with a log line) when Chromium is absent.
 */
class SiteInBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path EXAMPLE = Path.of("../examples/shop");

  @TempDir Path tmp;

  @Test
  void searchFindsAResourceByIdAndNoPageLogsAnError() throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      System.out.println("SiteInBrowserTest: skipped, no " + CHROMIUM + " (apt-get install chromium)");
      Assumptions.abort("no chromium");
    }
    DocsRequest request = DocsRequest.builder(EXAMPLE).outputDirectory(tmp.resolve("site"))
        .formats(EnumSet.of(Format.HTML)).failOn(FailOn.NEVER).projectName("Shop")
        .siteRunbookDirectory(Optional.of(Path.of("src/docs/runbooks"))).build();
    try (DocsGenerator generator = new DocsGenerator(Log.silent())) {
      generator.run(request);
    }
    Path site = tmp.resolve("site");

    Browser index = open(site.resolve("index.html"), "#search=orderstable");
    assertThat(index.dom()).contains("<a href=\"stacks/data.html#resource-orderstable\" class=\"stackdocs-result\">OrdersTable</a>")
        .contains("<a href=\"runbooks/data/OrdersTable.html\" class=\"stackdocs-result\">OrdersTable</a>")
        .contains("<nav class=\"stackdocs-breadcrumbs\"", "id=\"stackdocs-nav\"", "<a href=\"runbooks/data/OrdersTable.html\">runbook</a>");
    // the Content-Security-Policy is in force and blocks nothing the site uses (a blocked load is a console message)
    assertThat(index.dom()).contains("<meta http-equiv=\"Content-Security-Policy\"");
    assertThat(index.consoleProblems()).isEmpty();

    Browser stack = open(site.resolve("stacks/api.html"), "#search=AWS::Lambda::Function");
    assertThat(stack.dom()).contains("<a href=\"../stacks/api.html#resource-ordersapifunction\" class=\"stackdocs-result\">")
        .contains("id=\"stackdocs-nav\"", "<li><a href=\"../index.html\">Shop</a></li><li><span aria-current=\"page\">api</span></li>");
    assertThat(stack.consoleProblems()).isEmpty();

    // the section named by the address joins the breadcrumbs
    Browser section = open(site.resolve("stacks/data.html"), "#resource-orderstable");
    assertThat(section.dom()).containsPattern("<li class=\"stackdocs-crumb-section\">[^<]+</li></ol></nav>");
    assertThat(section.consoleProblems()).isEmpty();

    Browser runbook = open(site.resolve("runbooks/data/OrdersTable.html"), "#search=OrdersTable");
    assertThat(runbook.dom()).contains("<li><a href=\"../../stacks/data.html\">data</a></li><li><span aria-current=\"page\">OrdersTable runbook</span>",
        "<a href=\"../../stacks/data.html#resource-orderstable\" class=\"stackdocs-result\">OrdersTable</a>",
        "<a href=\"../../runbooks/data/OrdersTable.html\" aria-current=\"page\">OrdersTable</a>");
    assertThat(runbook.consoleProblems()).isEmpty();

    Browser findings = open(site.resolve("findings.html"), "");
    assertThat(findings.dom()).contains("<button type=\"button\" class=\"stackdocs-sort\" aria-label=\"Sort by Severity\">");
    assertThat(findings.consoleProblems()).isEmpty();

    // ranking: the exact id first, then ids it begins, then the rest; the diagram has its zoom controls
    Browser ranked = open(site.resolve("stacks/data.html"), "#search=orderstable");
    String results = ranked.dom().substring(ranked.dom().indexOf("id=\"stackdocs-search-results\""));
    assertThat(results).containsPattern("^[^>]*>\\s*<li role=\"option\"><a href=\"../stacks/data.html#resource-orderstable\"");
    assertThat(ranked.dom()).contains("aria-label=\"Zoom in\"", "aria-label=\"Reset zoom\"", ">Open full size</a>");
  }

  @Test
  void everyPageOfTheExampleSiteLoadsWithoutAConsoleMessage() throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      System.out.println("SiteInBrowserTest: skipped, no " + CHROMIUM + " (apt-get install chromium)");
      Assumptions.abort("no chromium");
    }
    DocsRequest request = DocsRequest.builder(EXAMPLE).outputDirectory(tmp.resolve("site"))
        .formats(EnumSet.of(Format.HTML)).failOn(FailOn.NEVER).projectName("Shop")
        .siteRunbookDirectory(Optional.of(Path.of("src/docs/runbooks"))).build();
    try (DocsGenerator generator = new DocsGenerator(Log.silent())) {
      generator.run(request);
    }
    List<Path> pages;
    try (var files = Files.walk(tmp.resolve("site"))) {
      pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertThat(pages).hasSizeGreaterThan(10);
    for (Path page : pages) {
      assertThat(open(page, "").consoleProblems()).as(page.toString()).isEmpty();
    }
  }

  /**
   * The diagrams with their AWS icons, opened as the site embeds them (a stack page) and on their own: no request
   * leaves the disk (the icons are symbols inside each SVG) and nothing is logged.
   */
  @Test
  void diagramsAndTheirIconsLoadWithNoNetworkRequest() throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      System.out.println("SiteInBrowserTest: skipped, no " + CHROMIUM + " (apt-get install chromium)");
      Assumptions.abort("no chromium");
    }
    DocsRequest request = DocsRequest.builder(EXAMPLE).outputDirectory(tmp.resolve("site"))
        .formats(EnumSet.of(Format.HTML)).failOn(FailOn.NEVER).projectName("Shop").build();
    try (DocsGenerator generator = new DocsGenerator(Log.silent())) {
      generator.run(request);
    }
    Path site = tmp.resolve("site");
    List<Path> opened = new ArrayList<>(List.of(site.resolve("index.html"), site.resolve("stacks/api.html")));
    try (var files = Files.list(site.resolve("diagrams"))) {
      files.filter(p -> p.toString().endsWith(".svg")).sorted().forEach(opened::add);
    }
    String api = Files.readString(site.resolve("diagrams/api.svg"), StandardCharsets.UTF_8);
    assertThat(api).as("the api diagram draws icons").contains("<symbol id=\"sd-icon-aws-lambda\"",
        "<use href=\"#sd-icon-aws-lambda\"");
    List<String> requests = new ArrayList<>();
    for (Path page : opened) {
      BrowserRequests.of(CHROMIUM, page, tmp).page().forEach(url -> requests.add(site.relativize(page) + " → " + url));
      assertThat(open(page, "").consoleProblems()).as(page.toString()).isEmpty();
    }
    System.out.println("SiteInBrowserTest: " + opened.size() + " pages and diagrams opened, " + requests.size()
        + " network requests");
    assertThat(requests).isEmpty();
  }

  private record Browser(String dom, List<String> consoleProblems) {}

  private Browser open(Path page, String hash) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(tmp, "profile");
    Path err = tmp.resolve("chromium-" + System.nanoTime() + ".err");
    Process p = new ProcessBuilder(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0", "--dump-dom",
        page.toUri() + hash)
        .redirectError(err.toFile())
        .start();
    String dom = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish");
    }
    List<String> problems = new ArrayList<>();
    for (String line : Files.readAllLines(err, StandardCharsets.UTF_8)) {
      // page console output is logged as ":CONSOLE:" lines (script errors as "Uncaught ..."); the site logs nothing
      if (line.contains(":CONSOLE")) {
        problems.add(line);
      }
    }
    return new Browser(dom, problems);
  }
}

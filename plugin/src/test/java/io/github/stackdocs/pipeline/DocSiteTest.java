package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML site end to end (one Asciidoctor start): runbook pages from the runbook folder, the findings page, the
 * change log, breadcrumbs and navigation on every page, escaped; check agrees with write; pages that are no longer
 * generated are removed.
 */
class DocSiteTest {
  @TempDir Path base;

  private static final String EVIL = "<img src=x onerror=alert(1)>";

  private static final String APP = """
      Resources:
        Fn:
          Type: AWS::Lambda::Function
          Properties:
            Code: {ZipFile: x}
            Role: arn:aws:iam::1:role/x
            Runtime: python3.12
            Handler: a.b
        Queue:
          Type: AWS::SQS::Queue
      """;

  private void write(String relative, String text) throws IOException {
    Path p = base.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private DocsRequest.Builder request(WriteMode mode, Set<Format> formats) {
    return DocsRequest.builder(base).outputDirectory(Path.of("target/site")).formats(formats).mode(mode)
        .projectName("Shop " + EVIL).failOn(FailOn.NEVER)
        .runbookDirectory(Optional.of(Path.of("src/docs/runbooks")))
        .changelog(Optional.of(Path.of("docs/CHANGELOG.adoc")));
  }

  private String page(String path) throws IOException {
    return Files.readString(base.resolve("target/site").resolve(path));
  }

  @Test
  void theSiteHasRunbooksFindingsAndTheChangeLogWithBreadcrumbsAndNavigation() throws IOException {
    write("src/main/cloudformation/app.yaml", APP);
    write("src/docs/runbooks/gone/Old.adoc", "= Old runbook\n// stackdocs:begin summary\nx\n// stackdocs:end summary\n");
    write("src/docs/runbooks/app/notes.adoc", "= Notes\n\nWritten by people " + EVIL + ".\n");
    write("docs/CHANGELOG.adoc", "= Change log\n\n== 2026-01-02\n\n* one change\n");
    Set<Format> html = EnumSet.of(Format.HTML);
    try (DocsGenerator generator = new DocsGenerator(Log.silent())) {
      DocsResult written = generator.run(request(WriteMode.WRITE, html).build());
      assertThat(written.written().orElseThrow().written()).contains("index.html", "stacks/app.html", "findings.html",
          "changelog.html", "runbooks/app/Fn.html", "runbooks/app/Queue.html", "runbooks/app/notes.html",
          "runbooks/gone/Old.html").noneMatch(p -> p.endsWith(".adoc"));

      String index = page("index.html");
      assertThat(index).contains("<a href=\"runbooks/app/Fn.html\">runbook</a>",
          "<nav class=\"stackdocs-breadcrumbs\" aria-label=\"Breadcrumbs\"><ol><li><span aria-current=\"page\">Shop &lt;img",
          "<a href=\"findings.html\">Findings (", "<a href=\"changelog.html\">Change log</a>")
          .doesNotContain(EVIL);
      String runbook = page("runbooks/app/Fn.html");
      assertThat(runbook).contains("<li><a href=\"../../stacks/app.html\">app</a></li><li><span aria-current=\"page\">Fn runbook</span>",
          "href=\"../../assets/stackdocs.css\"", "id=\"stackdocs-nav\"", "<article class=\"sd-doc\">",
          "<a href=\"../../runbooks/app/Fn.html\" aria-current=\"page\">Fn</a>");
      assertThat(page("runbooks/app/notes.html")).contains("Written by people &lt;img").doesNotContain(EVIL);
      assertThat(page("runbooks/gone/Old.html")).contains("<span aria-current=\"page\">gone</span>",
          "Runbooks of removed stacks");
      assertThat(page("findings.html")).contains("stackdocs-sortable", "<span aria-current=\"page\">Findings</span>")
          .contains("href=\"stacks/app.html#findings\"");
      assertThat(page("changelog.html")).contains("2026-01-02", "<span aria-current=\"page\">Change log</span>");
      assertThat(base.resolve("src/docs/runbooks/app/Fn.adoc")).exists();

      DocsResult checked = generator.run(request(WriteMode.CHECK, html).build());
      assertThat(checked.checked().orElseThrow().upToDate()).isTrue();

      // the change log gone and runbooks off: its page is removed; the runbooks are shown as they are, not written
      Files.delete(base.resolve("docs/CHANGELOG.adoc"));
      Files.writeString(base.resolve("src/docs/runbooks/app/Fn.adoc"), "= Fn, by hand\n");
      DocsResult again = generator.run(request(WriteMode.WRITE, html).runbookDirectory(Optional.empty())
          .siteRunbookDirectory(Optional.of(Path.of("src/docs/runbooks"))).build());
      assertThat(again.written().orElseThrow().deleted()).containsExactly("changelog.html");
      assertThat(page("index.html")).doesNotContain("changelog.html");
      assertThat(page("runbooks/app/Fn.html")).contains("Fn, by hand");
      assertThat(Files.readString(base.resolve("src/docs/runbooks/app/Fn.adoc"))).isEqualTo("= Fn, by hand\n");

      // site runbooks off (siteRunbooks=false): no runbook pages, and the index links none
      DocsResult off = generator.run(request(WriteMode.WRITE, html).runbookDirectory(Optional.empty())
          .siteRunbookDirectory(Optional.empty()).build());
      // (and no runbooks to link them: no game-day stubs)
      assertThat(off.written().orElseThrow().deleted()).containsExactlyInAnyOrder("runbooks/app/Fn.html",
          "runbooks/app/Queue.html", "runbooks/app/notes.html", "runbooks/gone/Old.html",
          "gamedays/app/Fn-errors-rise-after-a-deployment.yaml", "gamedays/app/Fn-timeouts.yaml");
      assertThat(page("index.html")).doesNotContain("runbooks/");
    }
  }

  @Test
  void anEmptyProjectAndAProjectWithoutRunbooksBuildTheirSiteWithoutStartingAsciidoctor() throws IOException {
    Files.createDirectories(base.resolve("src/main/cloudformation"));
    try (DocsGenerator generator = new DocsGenerator(Log.silent(),
        () -> org.assertj.core.api.Assertions.fail("the generated pages must not start Asciidoctor"))) {
      DocsRequest empty = request(WriteMode.WRITE, EnumSet.of(Format.HTML)).runbookDirectory(Optional.empty())
          .changelog(Optional.empty()).build();
      DocsResult result = generator.run(empty);
      assertThat(result.written().orElseThrow().written()).contains("index.html", "findings.html",
          "assets/stackdocs.css", "assets/stackdocs.js", "assets/search-index.js").noneMatch(p -> p.endsWith(".adoc"));
      assertThat(page("index.html")).contains("<p>No stacks.</p>", "<title>Shop &lt;img").doesNotContain(EVIL);

      write("src/main/cloudformation/app.yaml", APP);
      generator.run(empty);
      assertThat(page("stacks/app.html")).contains("id=\"resource-fn\"", "<h1>app</h1>");
      assertThat(base.resolve("target/site/asciidoctor.css")).doesNotExist();
    }
  }

  @Test
  void theAntoraComponentNeedsNoAsciidoctorAndEveryXrefResolvesToOneOfItsPages() throws IOException {
    write("src/main/cloudformation/app.yaml", APP);
    write("src/main/cloudformation/other.yaml", "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n");
    write("docs/CHANGELOG.adoc", "= Change log\n");
    try (DocsGenerator generator = new DocsGenerator(Log.silent(),
        () -> org.assertj.core.api.Assertions.fail("the Antora component must not start Asciidoctor"))) {
      DocsRequest request = request(WriteMode.WRITE, EnumSet.of(Format.ANTORA, Format.MD)).build();
      generator.run(request);
      Path component = base.resolve("target/site/antora");
      assertThat(Files.readString(component.resolve("antora.yml"))).contains("name: \"shop-img-src-x-onerror-alert-1\"",
          "title: \"Shop <img src=x onerror=alert(1)>\"", "version: ~");
      Path pages = component.resolve("modules/ROOT/pages");
      try (var files = Files.walk(base.resolve("target/site"))) {
        assertThat(files.filter(Files::isRegularFile).map(p -> base.resolve("target/site").relativize(p).toString()))
            .contains("index.md", "antora/modules/ROOT/nav.adoc", "antora/modules/ROOT/pages/index.adoc",
                "antora/modules/ROOT/pages/stacks/app.adoc", "antora/modules/ROOT/pages/findings.adoc",
                "antora/modules/ROOT/pages/changelog.adoc", "antora/modules/ROOT/pages/runbooks/app/Fn.adoc")
            .noneMatch(p -> p.endsWith(".html") || p.equals("index.adoc"));
      }
      int xrefs = 0;
      java.util.regex.Pattern xref = java.util.regex.Pattern.compile("xref:([^\\[#\\s]+\\.adoc)");
      List<Path> sources = new java.util.ArrayList<>(List.of(component.resolve("modules/ROOT/nav.adoc")));
      try (var files = Files.walk(pages)) {
        files.filter(Files::isRegularFile).forEach(sources::add);
      }
      for (Path source : sources) {
        java.util.regex.Matcher m = xref.matcher(Files.readString(source));
        while (m.find()) {
          xrefs++;
          assertThat(pages.resolve(m.group(1))).as(m.group() + " in " + source).isRegularFile();
        }
      }
      assertThat(xrefs).isGreaterThan(10);
      assertThat(Files.readString(pages.resolve("stacks/app.adoc"))).contains("xref:index.adoc[").doesNotContain(":toc:");
      assertThat(Files.readString(pages.resolve("index.adoc"))).contains("xref:runbooks/app/Fn.adoc[runbook]");

      DocsResult checked = generator.run(request(WriteMode.CHECK, EnumSet.of(Format.ANTORA, Format.MD)).build());
      assertThat(checked.checked().orElseThrow().upToDate()).isTrue();
      Files.delete(base.resolve("src/main/cloudformation/other.yaml"));
      DocsResult without = generator.run(request);
      assertThat(without.written().orElseThrow().deleted()).filteredOn(p -> !p.contains("/images/diagrams/"))
          .containsExactlyInAnyOrder("antora/modules/ROOT/pages/stacks/other.adoc", "stacks/other.md");
      // its diagrams leave the component's images; without AsciiDoc or HTML no diagrams/ folder is written
      assertThat(without.written().orElseThrow().deleted()).contains("antora/modules/ROOT/images/diagrams/other.svg")
          .noneMatch(p -> p.startsWith("diagrams/"));
    }
  }
}

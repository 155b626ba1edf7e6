package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.render.Document;
import io.github.stackdocs.render.Format;
import io.github.stackdocs.render.html.HtmlRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Annotations from stackdocs.yaml end up in stack pages and runbooks, and hostile values stay inert. */
class AnnotationDocsTest {
  @TempDir Path base;

  private static final String HOSTILE = """
      shop/Queue:
        owner: "<script>alert(1)</script> *team* [x](javascript:alert(1))"
        team: "{set:foo} pass:[<b>x</b>] link:javascript:alert(1)[y]"
        oncall: "javascript:alert(1)"
        escalation: "https://esc.example.com/a_b(c)--f...g?q='x'*y~z"
        notes: "<img src=x onerror=alert(1)> ++pass++ `code`"
        links:
          "Dash](javascript:alert(1))": https://wiki.example.com/queue
          Bad: "JavaScript:alert(1)"
      shop:
        owner: Platform
        oncall: https://pager.example.com/shop
      """;

  private DocsGenerator.Generation generate(String sidecar) throws Exception {
    Path src = base.resolve("src/main/cloudformation");
    Files.createDirectories(src);
    Files.writeString(src.resolve("shop.yaml"), "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n");
    Files.writeString(src.resolve("stackdocs.yaml"), sidecar);
    DocsRequest request = DocsRequest.builder(base).outputDirectory(Path.of("docs"))
        .formats(EnumSet.of(Format.MD, Format.ADOC, Format.JSON)).failOn(FailOn.NEVER).projectName("p")
        .runbookDirectory(Optional.of(Path.of("src/docs/runbooks"))).build();
    try (DocsGenerator generator = new DocsGenerator(Log.silent())) {
      return generator.generate(request);
    }
  }

  private static String doc(List<Document> docs, String path) {
    return docs.stream().filter(d -> d.path().equals(path)).map(Document::content).findFirst().orElseThrow();
  }

  @Test
  void sidecarIsNotATemplateAndOwnersShow() throws Exception {
    DocsGenerator.Generation g = generate("shop:\n  owner: Platform\n  oncall: https://pager.example.com/shop\n"
        + "shop/Queue:\n  team: Orders\n  tier: tier-1\n");
    assertThat(g.project().stacks()).extracting(s -> s.name()).containsExactly("shop");
    assertThat(g.findings()).noneMatch(f -> f.location().file().endsWith("stackdocs.yaml"));
    String md = doc(g.documents(), "stacks/shop.md");
    assertThat(md).contains("- Owner: Platform", "- On call: [https\\://pager.example.com/shop]", "(https://pager.example.com/shop)",
        "- Team: Orders", "- Tier: tier-1");
    String adoc = doc(g.documents(), "stacks/shop.adoc");
    assertThat(adoc).contains("* Owner: Platform", "link:https://pager.example.com/shop[");
    String runbook = doc(g.runbooks(), "shop/Queue.adoc");
    assertThat(runbook).contains("// stackdocs:begin ownership", "Owner:: Platform", "Team:: Orders",
        "On call:: link:https://pager.example.com/shop[").doesNotContain("TODO team");
  }

  @Test
  void modelJsonCarriesWhatIsSaidAboutStacksAndResourcesAndTheIndexHasAnOwnersTable() throws Exception {
    DocsGenerator.Generation g = generate("shop:\n  owner: Platform\n  team: platform\n  tier: tier-2\n"
        + "  oncall: https://pager.example.com/shop\n  compliance: [gdpr]\n"
        + "shop/Queue:\n  owner: Orders team\n  tier: tier-1\n  compliance: pci-dss\n"
        + "  links:\n    Runbook wiki: https://wiki.example.com/q\n");
    com.fasterxml.jackson.databind.JsonNode model = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(doc(g.documents(), "model.json"));
    assertThat(model.path("schemaVersion").asInt()).isEqualTo(1);
    com.fasterxml.jackson.databind.JsonNode stack = model.path("stacks").get(0);
    assertThat(stack.path("annotation").path("owner").asText()).isEqualTo("Platform");
    assertThat(stack.path("annotation").path("oncall").asText()).isEqualTo("https://pager.example.com/shop");
    assertThat(stack.path("annotation").path("sources").get(0).asText()).startsWith("src/main/cloudformation/stackdocs.yaml:");
    com.fasterxml.jackson.databind.JsonNode queue = stack.path("resources").get(0).path("annotation");
    assertThat(queue.path("owner").asText()).isEqualTo("Orders team");
    assertThat(queue.path("team").asText()).as("a resource's own annotation, not its stack's").isEmpty();
    assertThat(queue.path("compliance").toString()).isEqualTo("[\"pci-dss\"]");
    assertThat(queue.path("links").toString()).isEqualTo("[{\"title\":\"Runbook wiki\",\"url\":\"https://wiki.example.com/q\"}]");

    String md = doc(g.documents(), "index.md");
    assertThat(md).contains("## Owners and tiers",
        "| [shop](stacks/shop.md) | (stack) | Platform (platform) | tier-2 | [https\\://pager.example.com/shop](https://pager.example.com/shop) | gdpr |",
        "| [shop](stacks/shop.md) | [Queue](stacks/shop.md#resource-queue) | Orders team (platform) | tier-1 | [https\\://pager.example.com/shop](https://pager.example.com/shop) | pci-dss, gdpr |");
    assertThat(doc(g.documents(), "index.adoc")).contains("== Owners and tiers",
        "|xref:stacks/shop.adoc[shop] |xref:stacks/shop.adoc#resource-queue[Queue] |Orders team (platform) |tier-1 |link:https://pager.example.com/shop[");
  }

  @Test
  void withoutAnnotationsNeitherModelJsonNorIndexChange() throws Exception {
    DocsGenerator.Generation g = generate("# nothing said\n");
    assertThat(doc(g.documents(), "model.json")).doesNotContain("\"annotation\"");
    assertThat(doc(g.documents(), "index.md")).doesNotContain("Owners and tiers");
  }

  @Test
  void hostileValuesAreInertInMarkdownAsciiDocAndHtml() throws Exception {
    DocsGenerator.Generation g = generate(HOSTILE);
    assertThat(g.findings()).filteredOn(f -> f.code().equals("annotation-url")).hasSize(2);
    // model.json is data for other tools: its values are JSON strings, as written
    List<Document> pages = new ArrayList<>(g.documents().stream().filter(d -> !d.path().endsWith(".json")).toList());
    pages.addAll(g.runbooks().stream().map(d -> new Document("runbooks/" + d.path(), d.content())).toList());
    for (Document d : pages) {
      if (d.path().endsWith(".md")) { // escaped with a backslash: inert
        assertThat(d.content()).as(d.path()).doesNotContainPattern("(?<!\\\\)<(script|img)")
            .doesNotContainPattern("(?<!\\\\)\\]\\(javascript");
      } else {
        assertThat(d.content()).as(d.path()).doesNotContain("<script>", "<img", "{set:foo}", "pass:[",
            "javascript:alert(1)[", "link:JavaScript");
      }
    }
    String md = doc(g.documents(), "stacks/shop.md");
    assertThat(md).contains("(https://wiki.example.com/queue)",
        "(https://esc.example.com/a%5Fb%28c%29-%2Df.%2E.g?q=%27x%27%2Ay%7Ez)");
    String adoc = doc(g.documents(), "stacks/shop.adoc");
    assertThat(adoc).contains("link:https://esc.example.com/a%5Fb%28c%29-%2Df.%2E.g?q=%27x%27%2Ay%7Ez[");

    List<Document> adocs = new ArrayList<>(g.documents().stream().filter(d -> d.path().endsWith(".adoc")).toList());
    adocs.add(new Document("runbooks/Queue.adoc", doc(g.runbooks(), "shop/Queue.adoc")));
    List<Finding> htmlFindings = new ArrayList<>();
    try (HtmlRenderer html = new HtmlRenderer()) {
      for (Document d : html.render(adocs, htmlFindings)) {
        assertThat(d.content()).as(d.path()).doesNotContain("<script>", "<img", "href=\"javascript", "<b>x</b>");
        assertThat(d.content().toLowerCase(java.util.Locale.ROOT)).as(d.path()).doesNotContain("href=\"javascript");
      }
      String page = html.render(List.of(new Document("stacks/shop.adoc", doc(g.documents(), "stacks/shop.adoc"))),
          new ArrayList<>()).get(0).content();
      assertThat(page).contains("href=\"https://wiki.example.com/queue\"", "href=\"https://pager.example.com/shop\"",
          "href=\"https://esc.example.com/a%5Fb%28c%29-%2Df.%2E.g?q=%27x%27%2Ay%7Ez\"");
    }
  }
}

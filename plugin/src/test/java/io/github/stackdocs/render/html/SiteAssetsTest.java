package io.github.stackdocs.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import io.github.stackdocs.render.view.ProjectView;
import io.github.stackdocs.render.view.ProjectViewBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

class SiteAssetsTest {

  @Test
  void theSearchIndexListsEveryResourceAndCannotEndItsScript() throws Exception {
    String yaml = """
        Resources:
          Queue:
            Type: AWS::SQS::Queue
          Evil:
            Type: "Custom::</script><script>alert(1)</script>\\u2028"
        """;
    Project project = new Project("p", List.of(new CfnTemplateReader().read("app.yaml", "app", yaml).stack().orElseThrow()));
    ProjectView view = ProjectViewBuilder.build(project, DependencyGraph.build(project), List.of(), ResourceCatalog.bundled());
    String js = SiteAssets.searchIndex(view);

    assertThat(js).startsWith("window.STACKDOCS_INDEX = ").endsWith(";\n");
    assertThat(js).doesNotContain("</script>", "<script", "\u2028");
    JsonNode index = new ObjectMapper().readTree(js.substring("window.STACKDOCS_INDEX = ".length(), js.length() - 2));
    assertThat(index.get("stacks").get(0).get("url").asText()).isEqualTo("stacks/app.html");
    assertThat(index.get("entries")).extracting(e -> e.get("id").asText()).containsExactlyInAnyOrder("Evil", "Queue");
    assertThat(index.get("entries")).anySatisfy(e -> {
      assertThat(e.get("id").asText()).isEqualTo("Evil");
      assertThat(e.get("type").asText()).isEqualTo("Custom::</script><script>alert(1)</script>\u2028");
      assertThat(e.get("url").asText()).startsWith("stacks/app.html#");
    });
  }

  @Test
  void theSearchIndexListsTheSitesRunbookPagesNestedAndOrphanedOnesToo() throws Exception {
    Project project = new Project("p", List.of(new CfnTemplateReader()
        .read("app.yaml", "app", "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n").stack().orElseThrow()));
    ProjectView view = ProjectViewBuilder.build(project, DependencyGraph.build(project), List.of(), ResourceCatalog.bundled());
    io.github.stackdocs.render.site.SiteMap map = new io.github.stackdocs.render.site.SiteMap("p", List.of(
        new io.github.stackdocs.render.site.SiteMap.StackEntry("app", "stacks/app",
            List.of(new io.github.stackdocs.render.site.SiteMap.StackEntry("net", "stacks/net", List.of(),
                List.of(new io.github.stackdocs.render.site.SiteMap.RunbookEntry("Vpc", "runbooks/net/Vpc", "net",
                    "stacks/net")))),
            List.of(new io.github.stackdocs.render.site.SiteMap.RunbookEntry("Queue", "runbooks/app/Queue", "app",
                "stacks/app")))),
        List.of(new io.github.stackdocs.render.site.SiteMap.RunbookEntry("Gone", "runbooks/old/Gone", "old", "")),
        0, false);
    String js = SiteAssets.searchIndex(view, java.util.Optional.of(map));
    JsonNode index = new ObjectMapper().readTree(js.substring("window.STACKDOCS_INDEX = ".length(), js.length() - 2));
    assertThat(index.get("entries")).filteredOn(e -> e.get("type").asText().equals("Runbook"))
        .extracting(e -> e.get("id").asText() + " " + e.get("stack").asText() + " " + e.get("url").asText())
        .containsExactly("Queue app runbooks/app/Queue.html", "Vpc net runbooks/net/Vpc.html",
            "Gone old runbooks/old/Gone.html");
    assertThat(SiteAssets.searchIndex(view)).doesNotContain("Runbook");
  }

  @Test
  void scriptAndStyleShipWithThePluginAndTheScriptNeverWritesHtml() {
    List<io.github.stackdocs.render.Document> docs = SiteAssets.of(new ProjectView("p", List.of(), List.of(), List.of(),
        List.of(), List.of(), "", List.of(), List.of(), List.of(), null));
    assertThat(docs).extracting(io.github.stackdocs.render.Document::path)
        .containsExactly("assets/search-index.js", "assets/stackdocs.js", "assets/stackdocs.css");
    String script = docs.get(1).content();
    assertThat(script).contains("textContent").doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML",
        "document.write", "eval(", "fetch(", "XMLHttpRequest");
    assertThat(docs.get(2).content()).contains("prefers-color-scheme: dark");
  }
}

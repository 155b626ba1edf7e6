package io.github.stackdocs.render.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.analyze.Stacks;
import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.model.Project;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A SAM function's property table shows what Globals give it, marked, even when it sets many properties itself. */
class SamGlobalsViewTest {
  private static final Project PROJECT = Stacks.project("app", """
      Transform: AWS::Serverless-2016-10-31
      Globals:
        Function:
          Runtime: python3.12
          MemorySize: 256
          Environment: {Variables: {LOG_LEVEL: info}}
      Resources:
        Bare:
          Type: AWS::Serverless::Function
        Busy:
          Type: AWS::Serverless::Function
          Properties:
            Handler: app.handler
            CodeUri: src/
            Description: busy
            FunctionName: busy
            Timeout: 30
            Tracing: Active
            Architectures: [arm64]
            Environment: {Variables: {TABLE: t}}
            ReservedConcurrentExecutions: 2
            Layers: [arn:aws:lambda:l:1]
      """);

  private static ResourceView resource(String id) {
    ProjectView view = ProjectViewBuilder.build(PROJECT, DependencyGraph.build(PROJECT), List.of(),
        ResourceCatalog.bundled());
    return view.stacks().get(0).services().stream().flatMap(s -> s.resources().stream())
        .filter(r -> r.logicalId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aFunctionWithoutPropertiesShowsWhatGlobalsGiveIt() {
    assertThat(resource("Bare").properties()).extracting(PropertyView::name, PropertyView::globals)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Runtime", "from Globals"),
            org.assertj.core.groups.Tuple.tuple("MemorySize", "from Globals"),
            org.assertj.core.groups.Tuple.tuple("Environment", "from Globals"));
    assertThat(resource("Bare").properties()).filteredOn(p -> p.detail() == null)
        .extracting(PropertyView::name, PropertyView::value)
        .contains(org.assertj.core.groups.Tuple.tuple("Runtime", "python3.12"),
            org.assertj.core.groups.Tuple.tuple("MemorySize", "256"));
  }

  @Test
  void everyOwnPropertyIsShownBesideWhatGlobalsGive() {
    ResourceView busy = resource("Busy");
    assertThat(busy.properties()).filteredOn(p -> !p.globals().isEmpty())
        .extracting(PropertyView::name, PropertyView::globals).containsExactly(
            org.assertj.core.groups.Tuple.tuple("Environment", "merged with Globals"),
            org.assertj.core.groups.Tuple.tuple("Runtime", "from Globals"),
            org.assertj.core.groups.Tuple.tuple("MemorySize", "from Globals"));
    assertThat(busy.properties()).extracting(PropertyView::name).startsWith("Handler", "CodeUri")
        .contains("Tracing", "Architectures", "ReservedConcurrentExecutions", "Layers");
  }
}

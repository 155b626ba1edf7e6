package io.github.stackdocs.render.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.render.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectViewBuilderTest {
  private static final Project RICH = Fixtures.rich();
  private static final ProjectView VIEW =
      ProjectViewBuilder.build(RICH, DependencyGraph.build(RICH), Fixtures.richFindings(), io.github.stackdocs.catalog.ResourceCatalog.bundled());

  private static StackView stack(String name) {
    return VIEW.stacks().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void parametersInInterfaceGroupOrderThenOthersByName() {
    List<ParameterGroupView> groups = stack("app").parameterGroups();
    assertThat(groups).extracting(ParameterGroupView::label).containsExactly("General", "Other parameters");
    assertThat(groups.get(0).parameters()).extracting(ParameterView::name).containsExactly("Env", "MemorySize");
    ParameterView password = groups.get(1).parameters().get(0);
    assertThat(password.name()).isEqualTo("DbPassword");
    assertThat(password.defaultValue()).isEqualTo("hidden (NoEcho)");
  }

  @Test
  void resourcesByServiceWithLinksAcrossStacksAndBlastRadius() {
    StackView app = stack("app");
    assertThat(app.services()).extracting(ServiceView::name).containsExactly("DynamoDB", "IAM", "Lambda", "SQS");
    ResourceView fn = app.services().get(2).resources().get(0);
    assertThat(fn.dependsOn()).containsExactly(
        new Link("FunctionRole", "#resource-functionrole", "resource-functionrole"),
        new Link("Table", "#resource-table", "resource-table"),
        new Link("network / Subnet", "../stacks/network.md#resource-subnet", "../stacks/network.adoc#resource-subnet"),
        new Link("network / Vpc", "../stacks/network.md#resource-vpc", "../stacks/network.adoc#resource-vpc"));
    ResourceView vpc = stack("network").services().get(0).resources().stream()
        .filter(r -> r.logicalId().equals("Vpc")).findFirst().orElseThrow();
    assertThat(vpc.usedBy()).extracting(Link::text).containsExactly("Subnet", "app / ApiFunction");
    assertThat(vpc.blastRadius()).isEqualTo(2);
  }

  @Test
  void outputsKnowTheirImportersAndImportsTheirExporters() {
    OutputView vpcId = stack("network").outputs().get(1);
    assertThat(vpcId.name()).isEqualTo("VpcId");
    assertThat(vpcId.exportName()).isEqualTo("network-VpcId");
    assertThat(vpcId.importedBy()).containsExactly(new Link("app / ApiFunction",
        "../stacks/app.md#resource-apifunction", "../stacks/app.adoc#resource-apifunction"));
    List<ImportView> imports = stack("app").imports();
    assertThat(imports).extracting(ImportView::exportName)
        .containsExactly("legacy-export", "network-SubnetId", "network-VpcId");
    assertThat(imports.get(0).resolved()).isFalse();
    assertThat(imports.get(0).exporter()).isNull();
    assertThat(imports.get(2).exporter().md()).isEqualTo("../stacks/network.md#output-vpcid");
  }

  @Test
  void indexSummarizesStacksDependenciesExportsAndFindings() {
    assertThat(VIEW.stackRows()).extracting(r -> r.link().md()).containsExactly("stacks/app.md", "stacks/network.md");
    assertThat(VIEW.stackDependencies()).hasSize(1);
    assertThat(VIEW.stackDependencies().get(0).exports()).containsExactly("network-SubnetId", "network-VpcId");
    assertThat(VIEW.exports()).extracting(ExportView::name).containsExactly("network-SubnetId", "network-VpcId");
    assertThat(VIEW.findingSummary()).containsExactly(
        new SeverityCount("ERROR", 1), new SeverityCount("WARN", 2), new SeverityCount("INFO", 1));
    assertThat(stack("app").findings()).extracting(FindingView::severity).containsExactly("ERROR", "WARN");
  }

  @Test
  void hostileStackNamesGiveSafeDistinctPages() {
    Project p = new Project("p", List.of(
        Fixtures.stack("../evil <x>", "a.yaml", "", List.of(), List.of(), Map.of(), List.of(), List.of(), List.of()),
        Fixtures.stack("evil-x", "b.yaml", "", List.of(), List.of(), Map.of(), List.of(), List.of(), List.of())));
    ProjectView v = ProjectViewBuilder.build(p, DependencyGraph.build(p), List.of(), io.github.stackdocs.catalog.ResourceCatalog.bundled());
    assertThat(v.stacks()).extracting(StackView::page).containsExactly("stacks/evil-x", "stacks/evil-x-2");
  }
}

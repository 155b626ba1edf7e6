package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.terraform.TerraformReaderTestPlan;
import io.github.stackdocs.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where Terraform files come from: found among the templates by content, or configured as files and folders. */
class TerraformSelectionTest {
  @TempDir Path base;

  private Project read(DocsRequest request, List<Finding> findings) {
    return new ProjectReader().read(request, findings);
  }

  @Test
  void aPlanAmongTheTemplatesIsReadAsTerraformBesideTheTemplates() throws IOException {
    Path src = Files.createDirectories(base.resolve("src/main/cloudformation"));
    Files.writeString(src.resolve("plan.json"), TerraformReaderTestPlan.PLAN);
    Files.writeString(src.resolve("app.yaml"), "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n");
    List<Finding> findings = new ArrayList<>();
    Project p = read(DocsRequest.builder(base).formats(EnumSet.of(Format.MD)).build(), findings);
    assertThat(p.stacks()).extracting(Stack::name, Stack::format).contains(
        org.assertj.core.groups.Tuple.tuple("app", "yaml"), org.assertj.core.groups.Tuple.tuple("plan",
        "terraform-plan"), org.assertj.core.groups.Tuple.tuple("plan-fn", "terraform-plan"));
    assertThat(findings).noneMatch(f -> f.severity() == io.github.stackdocs.model.Severity.ERROR);
  }

  @Test
  void configuredFoldersAreReadAndAMissingFileIsAnError() throws IOException {
    Path infra = Files.createDirectories(base.resolve("infra/prod"));
    Files.writeString(infra.resolve("plan.json"), TerraformReaderTestPlan.PLAN);
    Files.writeString(base.resolve("infra/notes.txt"), "not json");
    List<Finding> findings = new ArrayList<>();
    Project p = read(DocsRequest.builder(base).sourceDirectory(Path.of("none")).formats(EnumSet.of(Format.MD))
        .terraform(List.of(Path.of("infra"), Path.of("missing/state.json"))).build(), findings);
    assertThat(p.stacks()).extracting(Stack::sourceFile).containsOnly("infra/prod/plan.json");
    assertThat(findings).filteredOn(f -> f.severity() == io.github.stackdocs.model.Severity.ERROR)
        .singleElement().satisfies(f -> {
          assertThat(f.code()).isEqualTo("missing-terraform");
          assertThat(f.location().file()).isEqualTo("missing/state.json");
        });
  }

  @Test
  void aConfiguredFileThatIsNotTerraformIsSaidSo() throws IOException {
    Files.writeString(base.resolve("template.json"), "{\"Resources\": {}}");
    List<Finding> findings = new ArrayList<>();
    read(DocsRequest.builder(base).sourceDirectory(Path.of("none")).formats(EnumSet.of(Format.MD))
        .terraform(List.of(Path.of("template.json"))).build(), findings);
    assertThat(findings).extracting(Finding::code).containsExactly("not-terraform");
  }
}

package io.github.stackdocs.read.tfplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.Corpus;
import io.github.stackdocs.analyze.diff.ChangeSet;
import io.github.stackdocs.analyze.diff.TerraformPlanDiff;
import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.read.cfn.DocumentParser;
import io.github.stackdocs.read.terraform.TerraformPlacement;
import io.github.stackdocs.read.terraform.TypeMapping;
import io.github.stackdocs.render.diff.ChangesJson;
import io.github.stackdocs.render.diff.ChangesMarkdown;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every plan of the shared corpus's genuine Terraform files gives a change log and drift without a crash, and the
 * known dummy secrets in them (the corpus README lists them) appear in neither.
 */
class PlanChangesCorpusTest {
  private static final List<String> SECRETS = List.of("YourPwdShouldBeLongAndSecure!", "foobarbaz",
      "YourStrongPassword123", "very very secure", "still secure");

  @Test
  void everyCorpusPlanGivesAChangeLogWithoutItsSecrets() throws Exception {
    Path root = Corpus.rootOrSkip("PlanChangesCorpusTest").resolve("terraform");
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(37);
    int withChanges = 0;
    for (Path f : files) {
      List<Finding> findings = new ArrayList<>();
      Node plan = DocumentParser.parse(f.getFileName().toString(), Files.readAllBytes(f), "terraform plan", "",
          findings).orElseThrow();
      PlanChangesReader.Result r = new PlanChangesReader(TypeMapping.bundled()::cfnType)
          .read(plan, f.getFileName().toString(), new TerraformPlacement("plan"));
      TerraformPlanDiff diff = new TerraformPlanDiff();
      ChangeSet c = diff.diff(r.changes(), r.outputs());
      String text = new ChangesMarkdown(ResourceCatalog.bundled()).render(c, "prior state")
          + new ChangesJson().render(c, "prior state", List.of()) + diff.drift(r.drift());
      withChanges += c.empty() ? 0 : 1;
      for (String secret : SECRETS) {
        assertThat(text).as(f.getFileName() + " shows no secret").doesNotContain(secret);
      }
    }
    assertThat(withChanges).as("plans with a change to show").isGreaterThan(25);
  }
}

package io.github.stackdocs.analyze.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.analyze.Stacks;
import io.github.stackdocs.analyze.diff.ProjectDiff;
import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.Stack;
import org.junit.jupiter.api.Test;

class DeployedTemplateCheckTest {
  private final DeployedTemplateCheck check = new DeployedTemplateCheck(new ProjectDiff(ResourceCatalog.bundled()));

  private static final String TEMPLATE = """
      Resources:
        Queue:
          Type: AWS::SQS::Queue
          Properties:
            VisibilityTimeout: 30
      """;

  @Test
  void theSameTemplateInAnotherShapeIsNotOutdated() {
    Stack current = Stacks.read("app", TEMPLATE);
    Stack deployed = Stacks.read("app", "{\"Resources\": {\"Queue\": {\"Type\": \"AWS::SQS::Queue\","
        + " \"Properties\": {\"VisibilityTimeout\": \"30\"}}}}");
    assertThat(check.check(current, deployed)).isEmpty();
  }

  @Test
  void aDifferentDeployedTemplateIsAWarningNamingTheResources() {
    Stack current = Stacks.read("app", TEMPLATE + "  Topic:\n    Type: AWS::SNS::Topic\n");
    Stack deployed = Stacks.read("app", TEMPLATE.replace("30", "60"));
    assertThat(check.check(current, deployed)).hasValueSatisfying(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARN);
      assertThat(f.code()).isEqualTo("drift-template-outdated");
      assertThat(f.message()).contains("2 resources differ", "Queue (modified: VisibilityTimeout)", "Topic (added)");
      assertThat(f.location().file()).isEqualTo("app.yaml");
    });
  }
}

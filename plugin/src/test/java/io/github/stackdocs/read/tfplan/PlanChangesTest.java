package io.github.stackdocs.read.tfplan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.analyze.diff.ChangeSet;
import io.github.stackdocs.analyze.diff.TerraformPlanDiff;
import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.read.cfn.DocumentParser;
import io.github.stackdocs.render.diff.ChangesJson;
import io.github.stackdocs.render.diff.ChangesMarkdown;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlanChangesTest {
  static final Path EXAMPLE = Path.of("../examples/terraform-orders/src/main/terraform/plan.json");
  static final String PASSWORD = "Orders-Db-Pa55word-7f3c";
  static final Map<String, String> TYPES = Map.of("aws_db_instance", "AWS::RDS::DBInstance",
      "aws_sqs_queue", "AWS::SQS::Queue", "aws_security_group", "AWS::EC2::SecurityGroup",
      "aws_lambda_function", "AWS::Lambda::Function", "aws_cloudwatch_log_group", "AWS::Logs::LogGroup");

  static Node parse(Path file) throws Exception {
    List<Finding> findings = new ArrayList<>();
    return DocumentParser.parse(file.getFileName().toString(), Files.readAllBytes(file), "terraform plan", "", findings)
        .orElseThrow();
  }

  static ChangeSet changes(Node plan) {
    PlanChangesReader.Result r = new PlanChangesReader(t -> Optional.ofNullable(TYPES.get(t)))
        .read(plan, "plan.json", Placement.single("orders"));
    return new TerraformPlanDiff().diff(r.changes(), r.outputs());
  }

  @Test
  void example() throws Exception {
    ChangeSet c = changes(parse(EXAMPLE));
    String md = new ChangesMarkdown(ResourceCatalog.bundled()).render(c, "plan.json (prior state)");
    String json = new ChangesJson().render(c, "plan.json (prior state)", List.of());
    System.out.println(md);
    System.out.println(json);
    assertThat(md + json).doesNotContain(PASSWORD);
  }
}

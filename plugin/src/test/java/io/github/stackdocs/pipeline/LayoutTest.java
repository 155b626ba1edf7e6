package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Repository layouts read with no configuration: stack names, twins, nested stacks found by URL, cycles. */
class LayoutTest {
  @TempDir Path base;

  static final String QUEUE = "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n";

  void write(String file, String text) throws IOException {
    Path p = base.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  List<Finding> findings = new ArrayList<>();

  Project model() {
    try (DocsGenerator docs = new DocsGenerator(Log.silent(), () -> fail("no HTML asked for"))) {
      DocsRequest r = DocsRequest.builder(base).sourceDirectory(base).outputDirectory(Path.of("docs"))
          .formats(EnumSet.of(Format.MD)).projectName("p").mode(WriteMode.CHECK).build();
      return docs.model(r, findings);
    }
  }

  /** Stack name → source file. */
  Map<String, String> stacks(Project p) {
    Map<String, String> out = new TreeMap<>();
    p.stacks().forEach(s -> out.put(s.name(), s.sourceFile()));
    return out;
  }

  @Test
  void collidingBaseNamesAreNamedByTheirShortestUniquePathSuffix() throws IOException {
    write("services/product-service/service.yaml", QUEUE);
    write("services/website-service/service.yaml", QUEUE);
    write("infrastructure/vpc.yaml", QUEUE);
    Project p = model();
    assertThat(stacks(p)).containsExactlyInAnyOrderEntriesOf(Map.of(
        "product-service/service", "services/product-service/service.yaml",
        "website-service/service", "services/website-service/service.yaml", "vpc", "infrastructure/vpc.yaml"));
    assertThat(findings).noneMatch(f -> f.severity() == Severity.ERROR);
  }

  @Test
  void identicalJsonAndYamlTwinsAreOneStackWithANote() throws IOException {
    write("app.yaml", "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Ref AWS::StackName\n");
    write("app.json", "{\"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\", \"Properties\": {\"QueueName\":"
        + " {\"Ref\": \"AWS::StackName\"}}}}}");
    write("other/app.yaml", QUEUE);
    Project p = model();
    assertThat(stacks(p)).containsExactlyInAnyOrderEntriesOf(Map.of("app", "app.json", "other/app", "other/app.yaml"));
    assertThat(findings).filteredOn(f -> f.code().equals("template-twin")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.INFO);
      assertThat(f.location().file()).isEqualTo("app.yaml");
      assertThat(f.message()).isEqualTo("app.yaml holds the same template as app.json; documented once, as stack app,"
          + " from app.json");
    });
    assertThat(findings).noneMatch(f -> f.severity() == Severity.ERROR);
  }

  @Test
  void twinsWithDifferentContentStayTwoStacks() throws IOException {
    write("app.yaml", QUEUE);
    write("app.json", "{\"Resources\": {\"T\": {\"Type\": \"AWS::SNS::Topic\"}}}");
    Project p = model();
    assertThat(stacks(p)).containsExactlyInAnyOrderEntriesOf(Map.of("app.json", "app.json", "app.yaml", "app.yaml"));
    assertThat(findings).noneMatch(f -> f.code().equals("template-twin") || f.severity() == Severity.ERROR);
  }

  static String nested(String id, String url) {
    return "  " + id + ":\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: " + url + "\n";
  }

  @Test
  void nestedStacksByUrlAreLinkedToTheProjectTemplateWithTheLongestMatchingPath() throws IOException {
    write("main.yaml", "Parameters:\n  DeploymentBucket: {Type: String}\nResources:\n"
        + nested("Vpc", "https://s3.amazonaws.com/my-bucket/infrastructure/vpc.yaml")
        + nested("Db", "https://my-bucket.s3.eu-west-1.amazonaws.com/prefix/infrastructure/db.yaml")
        + nested("Queue", "s3://my-bucket/queue.yaml")
        + nested("Web", "!Sub ${DeploymentBucket}/web.template")
        + nested("Api", "!Join ['', [!Ref DeploymentBucket, /services/api/service.yaml]]")
        + nested("Packaged", "https://s3.us-east-1.amazonaws.com/my-bucket/0f1e2d3c4b5a69788796a5b4c3d2e1f0.template")
        + nested("Any", "https://s3.amazonaws.com/my-bucket/service.yaml"));
    write("infrastructure/vpc.yaml", QUEUE);
    write("old/vpc.yaml", QUEUE);
    write("infrastructure/db.yaml", QUEUE);
    write("queue.yaml", QUEUE);
    write("web.template", QUEUE);
    write("services/api/service.yaml", QUEUE);
    write("services/web/service.yaml", QUEUE);
    Project p = model();
    Map<String, String> stacks = stacks(p);
    assertThat(stacks).containsEntry("main-Vpc", "infrastructure/vpc.yaml").containsEntry("main-Db",
        "infrastructure/db.yaml").containsEntry("main-Queue", "queue.yaml").containsEntry("main-Web", "web.template")
        .containsEntry("main-Api", "services/api/service.yaml")
        .containsEntry("old/vpc", "old/vpc.yaml").containsEntry("web/service", "services/web/service.yaml")
        .doesNotContainKeys("infrastructure/vpc", "db", "queue", "web", "api/service", "main-Packaged", "main-Any");
    Stack web = p.stacks().stream().filter(s -> s.name().equals("main-Web")).findFirst().orElseThrow();
    assertThat(web.nestedIn().orElseThrow().parentStack()).isEqualTo("main");
    assertThat(web.nestedIn().orElseThrow().templateUrl()).isEqualTo("${DeploymentBucket}/web.template");
    assertThat(findings).filteredOn(f -> f.code().equals("nested-template-ambiguous")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("nested stack Any:",
            "services/api/service.yaml, services/web/service.yaml"));
    assertThat(findings).noneMatch(f -> f.severity() == Severity.ERROR);
  }

  @Test
  void aSamApplicationWithALocalLocationIsANestedStack() throws IOException {
    write("template.yaml", "Transform: AWS::Serverless-2016-10-31\nResources:\n  Child:\n"
        + "    Type: AWS::Serverless::Application\n    Properties:\n      Location: child/template.yaml\n"
        + "  Repo:\n    Type: AWS::Serverless::Application\n    Properties:\n      Location:\n"
        + "        ApplicationId: arn:aws:serverlessrepo:us-east-1:123456789012:applications/x\n"
        + "        SemanticVersion: 1.0.0\n");
    write("child/template.yaml", QUEUE);
    Project p = model();
    assertThat(stacks(p)).containsOnlyKeys("template", "template-Child");
    assertThat(p.stacks().get(1).nestedIn().orElseThrow().logicalId()).isEqualTo("Child");
  }

  @Test
  void cyclesOfAnyLengthAreOneErrorEachAndNoTemplateDisappears() throws IOException {
    write("a.yaml", "Resources:\n" + nested("B", "b.yaml"));
    write("b.yaml", "Resources:\n" + nested("A", "a.yaml"));
    write("x.yaml", "Resources:\n" + nested("Y", "y.yaml"));
    write("y.yaml", "Resources:\n" + nested("Z", "z.yaml"));
    write("z.yaml", "Resources:\n" + nested("X", "https://s3.amazonaws.com/bucket/x.yaml"));
    Project p = model();
    assertThat(stacks(p)).containsOnlyKeys("a", "a-B", "x", "x-Y", "x-Y-Z");
    assertThat(findings).filteredOn(f -> f.code().equals("nested-stack-cycle")).extracting(Finding::message)
        .containsExactlyInAnyOrder(
            "nested stack A: 'a.yaml' leads back to a.yaml, which already contains it (cycle a.yaml → b.yaml → a.yaml);"
                + " not loaded again",
            "nested stack X: 'https://s3.amazonaws.com/bucket/x.yaml' leads back to x.yaml, which already contains it"
                + " (cycle x.yaml → y.yaml → z.yaml → x.yaml); not loaded again");
    assertThat(findings).filteredOn(f -> f.code().equals("nested-stack-cycle"))
        .allSatisfy(f -> assertThat(f.location().line()).isPositive());
  }
}

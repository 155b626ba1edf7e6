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
}

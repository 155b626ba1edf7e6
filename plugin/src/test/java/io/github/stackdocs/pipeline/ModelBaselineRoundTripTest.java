package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackdocs.Corpus;
import io.github.stackdocs.analyze.diff.StackChange;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.render.json.ModelJson;
import io.github.stackdocs.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baseline=model:<file>}: the model.json of a project, read back, diffed against the same templates, shows
 * no change at all (not even a suppressed one); a real change against it shows as usual.
 */
class ModelBaselineRoundTripTest {
  @TempDir Path out;

  private static DocsRequest request(Path base, Path output) {
    return DocsRequest.builder(base).outputDirectory(output).formats(Set.of(Format.JSON)).failOn(FailOn.NEVER)
        .projectName("p").build();
  }

  /** Generates model.json in memory, writes it to {@code file} and diffs the same inputs against it. */
  private DiffResult roundTrip(Path base, Path file) throws IOException {
    DocsRequest request = request(base, out.resolve("docs"));
    try (DocsGenerator docs = new DocsGenerator(Log.silent())) {
      // what generate writes as model.json, without rendering the rest (diagrams of 160 stacks take seconds)
      io.github.stackdocs.model.Project project = docs.readProject(request, new ArrayList<>());
      Files.writeString(file, ModelJson.write(project, DependencyGraph.build(project), List.of()));
    }
    return new ChangeLogGenerator(Log.silent()).run(new DiffRequest(request,
        DiffRequest.parseBaseline("model:" + file, base), FailOnRisk.NONE));
  }

  @Test
  void theShopExampleRoundTripsThroughItsGeneratedModel() throws IOException {
    Path shop = Path.of("../examples/shop").toAbsolutePath().normalize();
    Path file = out.resolve("generated-model.json");
    try (DocsGenerator docs = new DocsGenerator(Log.silent())) {
      Files.writeString(file, docs.generate(request(shop, out.resolve("docs"))).documents().stream()
          .filter(d -> d.path().equals("model.json")).map(io.github.stackdocs.render.Document::content)
          .findFirst().orElseThrow());
    }
    DiffResult result = new ChangeLogGenerator(Log.silent()).run(new DiffRequest(request(shop, out.resolve("docs")),
        DiffRequest.parseBaseline("model:" + file, shop), FailOnRisk.NONE));
    assertThat(result.changes().stacks()).isEmpty();
  }

  @Test
  void theShopExampleRoundTrips() throws IOException {
    Path shop = Path.of("../examples/shop").toAbsolutePath().normalize();
    DiffResult result = roundTrip(shop, out.resolve("model.json"));
    assertThat(result.changes().stacks()).isEmpty();
    assertThat(result.baseline()).startsWith("model:");
  }

  @Test
  void everyCorpusPairTemplateRoundTrips() throws IOException {
    Path pairs = Corpus.rootOrSkip("ModelBaselineRoundTripTest").resolve("pairs");
    List<Path> dirs;
    try (Stream<Path> s = Files.list(pairs)) {
      dirs = s.filter(d -> Files.isRegularFile(d.resolve("old.yaml"))).sorted().toList();
    }
    Path project = out.resolve("project");
    Path source = Files.createDirectories(project.resolve("src/main/cloudformation"));
    List<String> changed = new ArrayList<>();
    for (Path dir : dirs) {
      // one side per pair (the other differs in a few values; reading 160 templates three times is slow here)
      Files.copy(dir.resolve("new.yaml"), source.resolve(dir.getFileName() + ".yaml"));
    }
    DiffResult result = roundTrip(project, out.resolve("corpus-model.json"));
    result.changes().stacks().forEach(s -> changed.add(s.stackName() + ": " + s.resources() + " " + s.items()));
    assertThat(changed).as("stacks that changed after a model.json round trip").isEmpty();
    assertThat(dirs).isNotEmpty();
  }

  @Test
  void aChangeAgainstTheModelShows(@TempDir Path base) throws IOException {
    Path template = base.resolve("src/main/cloudformation/app.yaml");
    Files.createDirectories(template.getParent());
    Files.writeString(template, "Parameters:\n  Env: {Type: String, Default: dev, AllowedValues: [dev, prod]}\n"
        + "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: !Sub 'orders-${Env}'\n"
        + "      VisibilityTimeout: 30\n  Topic:\n    Type: AWS::SNS::Topic\n    DeletionPolicy: Retain\n"
        + "Outputs:\n  QueueUrl:\n    Value: !Ref Queue\n    Export: {Name: !Sub '${AWS::StackName}-queue'}\n");
    Path model = base.resolve("model.json");
    assertThat(roundTrip(base, model).changes().stacks()).isEmpty();

    Files.writeString(template, Files.readString(template).replace("orders-", "jobs-").replace("Retain", "Delete"));
    DiffResult result = new ChangeLogGenerator(Log.silent()).run(new DiffRequest(request(base, out.resolve("docs")),
        DiffRequest.parseBaseline("model:model.json", base), FailOnRisk.NONE));
    StackChange app = result.changes().stacks().get(0);
    assertThat(app.resources()).extracting(r -> r.logicalId() + " " + r.impact())
        .containsExactly("Queue WILL_REPLACE", "Topic IN_PLACE");
  }

  @Test
  void aFileThatIsNotAModelIsAConfigurationError(@TempDir Path base) throws IOException {
    Files.writeString(base.resolve("other.json"), "{\"schemaVersion\": 2, \"stacks\": []}");
    Files.createDirectories(base.resolve("src/main/cloudformation"));
    assertThatThrownBy(() -> new ChangeLogGenerator(Log.silent()).run(new DiffRequest(request(base, out),
        DiffRequest.parseBaseline("model:other.json", base), FailOnRisk.NONE)))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("schemaVersion 2");
    assertThatThrownBy(() -> DiffRequest.parseBaseline("model:missing.json", base))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("does not exist");
  }
}

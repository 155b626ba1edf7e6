package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.stackdocs.model.Binding;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Project;
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
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A nested stack whose parent's stack resource is not created in an environment is not created there either. */
class NestedNotCreatedTest {
  @TempDir Path base;

  @Test
  void aNestedStackOfAResourceWhoseConditionIsFalseCreatesNothingAndRaisesNoFinding() throws IOException {
    Path src = Files.createDirectories(base.resolve("src/main/cloudformation"));
    Files.writeString(src.resolve("main.yaml"), """
        Parameters:
          Stage: {Type: String, Default: dev}
        Conditions:
          IsProd: !Equals [!Ref Stage, prod]
        Resources:
          Replica:
            Type: AWS::CloudFormation::Stack
            Condition: IsProd
            Properties:
              TemplateURL: replica/replica.yaml
        """);
    Files.createDirectories(src.resolve("replica"));
    Files.writeString(src.resolve("replica/replica.yaml"), """
        Resources:
          Queue:
            Type: AWS::SQS::Queue
            Properties:
              VisibilityTimeout: !Ref NoSuchParameter
        Outputs:
          QueueUrl:
            Value: !Ref Queue
        """);
    Files.createDirectories(base.resolve("params/prod"));
    Files.writeString(base.resolve("params/prod/main.yaml"), "Stage: prod\n");
    DocsRequest.Builder request = DocsRequest.builder(base).outputDirectory(Path.of("docs"))
        .formats(EnumSet.of(Format.MD)).projectName("p").mode(WriteMode.WRITE).failOn(FailOn.NEVER)
        .includes(List.of("main.yaml"))
        .environments(List.of(
            new EnvironmentSpec("dev", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of()),
            new EnvironmentSpec("prod", Optional.of(Path.of("params/prod")), Optional.empty(), Optional.empty(),
                Optional.empty(), Map.of())));

    List<Finding> findings = new ArrayList<>();
    Project dev;
    try (DocsGenerator docs = new DocsGenerator(Log.silent(), () -> fail("no HTML asked for"))) {
      DocsRequest r = request.build();
      dev = docs.model(r, findings);
      docs.analyze(r, dev, findings);
    }
    Stack replica = dev.stacks().stream().filter(s -> s.nestedIn().isPresent()).findFirst().orElseThrow();
    assertThat(replica.resources()).isEmpty();
    assertThat(replica.binding().orElseThrow().notCreated()).extracting(Binding.NotCreated::id,
        Binding.NotCreated::condition).containsExactly(
            org.assertj.core.groups.Tuple.tuple("Queue", "main.Replica (IsProd)"),
            org.assertj.core.groups.Tuple.tuple("QueueUrl", "main.Replica (IsProd)"));
    assertThat(findings).as("nothing is reported on what dev does not create")
        .noneMatch(f -> f.message().contains("NoSuchParameter"));
    Stack prodReplica = dev.environments().stack("prod", replica.name()).orElseThrow();
    assertThat(prodReplica.resource("Queue")).isPresent();

    List<Finding> prod = new ArrayList<>();
    try (DocsGenerator docs = new DocsGenerator(Log.silent(), () -> fail("no HTML asked for"))) {
      DocsRequest r = request.environment(Optional.of("prod")).build();
      docs.analyze(r, docs.model(r, prod), prod);
    }
    assertThat(prod).anyMatch(f -> f.message().contains("NoSuchParameter"));
  }
}

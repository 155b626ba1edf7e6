package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.render.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffWarmUpTest {
  private static final String QUEUE = "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n"
      + "      QueueName: jobs\n";

  @TempDir Path base;

  @Test
  void aDiffStartsTheWarmUpAndRepeatedStartsAreHarmless() throws Exception {
    Files.writeString(base.resolve("old.yaml"), QUEUE);
    Files.writeString(base.resolve("new.yaml"), QUEUE.replace("jobs", "jobs-v2"));
    DocsRequest inputs = DocsRequest.builder(base).formats(Set.of(Format.MD)).projectName("p").build();
    DiffRequest request = new DiffRequest(inputs, DiffRequest.parseBaseline(".", base), FailOnRisk.NONE);
    DiffResult result = new ChangeLogGenerator(Log.silent()).run(request,
        new TemplatePair(Path.of("old.yaml"), Path.of("new.yaml"), "app"));
    assertThat(DiffWarmUp.started()).isTrue();
    assertThat(result.changes().stacks()).hasSize(1);
    DiffWarmUp.start();
    DiffWarmUp.start();
    assertThat(DiffWarmUp.started()).isTrue();
  }

  @Test
  void callersRacingTheWarmUpAllGetTheOneBundledCatalog() {
    DiffWarmUp.start();
    ResourceCatalog expected = ResourceCatalog.bundled();
    var loads = IntStream.range(0, 8).mapToObj(i -> CompletableFuture.supplyAsync(ResourceCatalog::bundled)).toList();
    loads.forEach(f -> assertThat(f.join()).isSameAs(expected));
    assertThat(expected.type("AWS::SQS::Queue")).isPresent();
  }
}

package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackdocs.model.Severity;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.render.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangeLogGeneratorTest {
  private static final String TABLE = "Resources:\n  Orders:\n    Type: AWS::DynamoDB::Table\n    Properties:\n"
      + "      TableName: orders\n      KeySchema: [{AttributeName: id, KeyType: HASH}]\n"
      + "      AttributeDefinitions: [{AttributeName: id, AttributeType: S}]\n      BillingMode: PAY_PER_REQUEST\n";

  @TempDir Path base;

  private DocsRequest inputs() {
    return new DocsRequest(base, Path.of("src/main/cloudformation"), List.of(), List.of(), List.of(),
        Path.of("target/stackdocs"), Set.of(Format.MD), Optional.empty(), FailOn.ERROR, "p", WriteMode.WRITE, 50,
        Severity.WARN);
  }

  private static void write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  @Test
  void folderBaselineWritesChangesAndFailsOnDataLossWhenAsked() throws Exception {
    write(base.resolve("baseline/src/main/cloudformation/app.yaml"), TABLE);
    write(base.resolve("src/main/cloudformation/app.yaml"), TABLE.replace("orders", "orders-v2"));
    Baseline folder = DiffRequest.parseBaseline("baseline", base);
    DiffResult result = new ChangeLogGenerator(Log.silent()).run(new DiffRequest(inputs(), folder, FailOnRisk.NONE));
    assertThat(result.changes().risks()).hasSize(1);
    String md = Files.readString(base.resolve("target/stackdocs/changes.md"));
    assertThat(md).contains("**DATA LOSS**");
    assertThat(Files.readString(base.resolve("target/stackdocs/changes.json"))).contains("\"schemaVersion\" : 1");
    assertThatThrownBy(() -> new ChangeLogGenerator(Log.silent()).run(new DiffRequest(inputs(), folder,
        FailOnRisk.DATA_LOSS))).isInstanceOf(RiskThresholdException.class).hasMessageContaining("DATA LOSS app/Orders");
  }

  @Test
  void gitBaselineReadsTheTemplatesAtTheRefWithoutCheckout() throws Exception {
    Path template = base.resolve("src/main/cloudformation/app.yaml");
    write(template, TABLE);
    try (Git git = Git.init().setDirectory(base.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit().setMessage("one").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
          .setSign(false).call();
      write(template, TABLE.replace("BillingMode: PAY_PER_REQUEST", "BillingMode: PROVISIONED"));
      write(base.resolve("src/main/cloudformation/new.yaml"), "Resources:\n  T:\n    Type: AWS::SNS::Topic\n");
      git.add().addFilepattern(".").call();
      git.commit().setMessage("two").setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
          .setSign(false).call();
    }
    DiffResult result = new ChangeLogGenerator(Log.silent())
        .run(new DiffRequest(inputs(), DiffRequest.parseBaseline("git:HEAD~1", base), FailOnRisk.SECURITY));
    assertThat(result.baseline()).startsWith("git:HEAD~1 (");
    assertThat(result.changes().stacks()).extracting(s -> s.stackName() + " " + s.kind())
        .containsExactly("app MODIFIED", "new ADDED");
    assertThat(result.changes().risks()).isEmpty();
  }

  @Test
  void badBaselinesAreConfigurationErrors() {
    assertThatThrownBy(() -> DiffRequest.parseBaseline("nope", base)).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> DiffRequest.parseBaseline("git:", base)).isInstanceOf(ConfigurationException.class);
    assertThatThrownBy(() -> FailOnRisk.parse("SOME")).isInstanceOf(ConfigurationException.class);
  }
}

package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.render.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change log says how a change moves readiness, the newly failing checks first, in Markdown, JSON and AsciiDoc. */
class ReadinessChangeLogTest {
  private static final String BEFORE = """
      Resources:
        Orders:
          Type: AWS::DynamoDB::Table
          DeletionPolicy: Retain
          Properties:
            KeySchema: [{AttributeName: id, KeyType: HASH}]
            AttributeDefinitions: [{AttributeName: id, AttributeType: S}]
            BillingMode: PAY_PER_REQUEST
        Events:
          Type: AWS::SNS::Topic
      """;
  // the table gets point-in-time recovery but loses its Retain policy; the topic is unchanged
  private static final String AFTER = BEFORE.replace("    DeletionPolicy: Retain\n", "")
      .replace("      BillingMode: PAY_PER_REQUEST\n", "      BillingMode: PAY_PER_REQUEST\n"
          + "      PointInTimeRecoverySpecification: {PointInTimeRecoveryEnabled: true}\n");

  @TempDir Path base;

  @Test
  void aChangeThatFixesOneCheckAndBreaksAnotherListsTheNewlyFailingFirst() throws Exception {
    write("baseline/src/main/cloudformation/app.yaml", BEFORE);
    write("src/main/cloudformation/app.yaml", AFTER);
    DocsRequest inputs = DocsRequest.builder(base).formats(Set.of(Format.MD)).projectName("p").build();
    new ChangeLogGenerator(Log.silent()).run(new DiffRequest(inputs, DiffRequest.parseBaseline("baseline", base),
        FailOnRisk.NONE, Optional.empty(), Optional.of(base.resolve("CHANGELOG.adoc")),
        io.github.stackdocs.analyze.diff.DiffOptions.DEFAULT));
    String md = Files.readString(base.resolve("target/stackdocs/changes.md"));
    String section = md.substring(md.indexOf("### Readiness"), md.indexOf("\n\n", md.indexOf("Fixed:\n\n") + 9) + 2);
    assertThat(section).isEqualTo("""
        ### Readiness: mixed (25% → 25%)

        Newly failing:

        - **WARN** deletion-policy `app/Orders`: DeletionPolicy Delete (CloudFormation's default): deleting the stack \
        deletes the data (`src/main/cloudformation/app.yaml:2:3`)

        Fixed:

        - backup `app/Orders`

        """);
    String json = Files.readString(base.resolve("target/stackdocs/changes.json"));
    assertThat(json).contains("\"direction\" : \"mixed\"").contains("\"check\" : \"deletion-policy\"");
    assertThat(json.indexOf("\"newlyFailing\"")).isLessThan(json.indexOf("\"fixed\""));
    assertThat(Files.readString(base.resolve("CHANGELOG.adoc")))
        .contains("* Readiness: mixed (25% → 25%), 1 newly failing, 1 fixed\n** *WARN* deletion-policy ");
  }

  @Test
  void aChangeThatMovesNoCheckSaysNothingAboutReadiness() throws Exception {
    write("baseline/src/main/cloudformation/app.yaml", BEFORE);
    write("src/main/cloudformation/app.yaml", BEFORE.replace("BillingMode: PAY_PER_REQUEST",
        "BillingMode: PAY_PER_REQUEST\n      TableName: orders"));
    DocsRequest inputs = DocsRequest.builder(base).formats(Set.of(Format.MD)).projectName("p").build();
    new ChangeLogGenerator(Log.silent()).run(new DiffRequest(inputs, DiffRequest.parseBaseline("baseline", base),
        FailOnRisk.NONE));
    assertThat(Files.readString(base.resolve("target/stackdocs/changes.md"))).doesNotContain("Readiness");
    assertThat(Files.readString(base.resolve("target/stackdocs/changes.json"))).doesNotContain("readiness");
  }

  private void write(String relative, String text) throws Exception {
    Path file = base.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}

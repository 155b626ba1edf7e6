package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.stackdocs.output.MarkerRegions;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, must show 1: a runbook edited inside and outside its markers, regenerated 100 times with the
 * templates changing in between, keeps every human byte outside the markers; a removed resource leaves its
 * runbook in place, marked orphaned.
 */
class RunbookPreservationTest {
  @TempDir Path base;

  private static final String APP = """
      Resources:
        Fn:
          Type: AWS::Lambda::Function
          Properties:
            FunctionName: orders
            Code: {ZipFile: x}
            Role: arn:aws:iam::1:role/x
            Runtime: python3.12
            Handler: a.b
            Timeout: %d
        Queue:
          Type: AWS::SQS::Queue
        FnErrors:
          Type: AWS::CloudWatch::Alarm
          Properties:
            Namespace: AWS/Lambda
            MetricName: Errors
            Dimensions:
              - Name: FunctionName
                Value: !Ref Fn
      """;

  private DocsRequest request(WriteMode mode) {
    return DocsRequest.builder(base).outputDirectory(Path.of("target/docs")).formats(EnumSet.of(Format.MD))
        .templateDirectory(Optional.of(Path.of("src/templates"))).projectName("demo").mode(mode)
        .runbookDirectory(Optional.of(Path.of("src/docs/runbooks"))).build();
  }

  private void write(String relative, String text) throws IOException {
    Path p = base.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private DocsResult run(WriteMode mode) {
    try (DocsGenerator g = new DocsGenerator(Log.silent())) {
      return g.run(request(mode));
    }
  }

  /** Everything outside generated regions, in order. */
  private static String outside(String text) {
    return MarkerRegions.parse(text, "x").parts().stream()
        .filter(p -> p instanceof MarkerRegions.Text).map(MarkerRegions.Part::text).collect(Collectors.joining());
  }

  @Test
  void humanTextSurvivesAHundredRegenerationsAndARemovedResourceLeavesAnOrphan() throws IOException {
    write("src/main/cloudformation/app.yaml", APP.formatted(3));
    Files.createDirectories(base.resolve("src/templates"));
    run(WriteMode.WRITE);
    Path runbook = base.resolve("src/docs/runbooks/app/Fn.adoc");
    String generated = Files.readString(runbook);
    assertThat(generated).contains("// stackdocs:begin alarms").contains("FnErrors").contains("/aws/lambda/orders");

    // people edit: outside the markers (owner, notes, a line between regions) and inside one (lost by design)
    String edited = generated
        .replace("Owner:: TODO team", "Owner:: team-orders ⚙ (ünïcode)\r\nPager:: https://pager.example/orders")
        .replace("== Notes\n", "== Notes\n\nOn 2026-11-02 the function ran out of memory; see INC-42.\n")
        .replace("== Metrics\n", "== Metrics\n\nDashboard: https://dash.example/orders   \n");
    Files.writeString(runbook, edited);
    run(WriteMode.CHECK); // a human edit outside the markers is never stale
    edited = edited.replace("|``Errors`` |", "|``Errors`` | HUMAN EDIT INSIDE A REGION ");
    assertThat(edited).isNotEqualTo(generated).contains("HUMAN EDIT INSIDE");
    Files.writeString(runbook, edited);
    String human = outside(edited);

    for (int i = 1; i <= 100; i++) {
      // the templates change: a user override of the Lambda part, and the inputs change too
      write("src/templates/runbook/service/lambda.ftl", """
          <#assign namespace = "AWS/Lambda">
          <#assign metrics = [["Errors", "revision %d"], ["Duration", "run time"]]>
          <#assign failures = [["Scenario %d", "First step %d."]]>
          <#macro logNotes>Revision %d of the notes.</#macro>
          """.formatted(i, i, i, i));
      write("src/main/cloudformation/app.yaml", APP.formatted(3 + i));
      run(WriteMode.WRITE);
      String now = Files.readString(runbook);
      assertThat(outside(now)).as("human text after regeneration %d", i).isEqualTo(human);
      assertThat(now).contains("revision " + i).contains("Scenario " + i).contains("``" + (3 + i) + "``")
          .doesNotContain("HUMAN EDIT INSIDE");
      if (i % 25 == 0) {
        run(WriteMode.CHECK);
      }
    }

    // the resource leaves the templates: the runbook stays, marked orphaned, human text untouched
    write("src/main/cloudformation/app.yaml", """
        Resources:
          Queue:
            Type: AWS::SQS::Queue
        """);
    DocsResult result = run(WriteMode.WRITE);
    assertThat(result.runbooks().orElseThrow().orphaned()).containsExactly("app/Fn.adoc");
    String orphan = Files.readString(runbook);
    assertThat(MarkerRegions.parse(orphan, "x").regions()).containsKey(MarkerRegions.ORPHANED);
    assertThat(orphan).contains("Orphaned runbook").contains("Fn is no longer in the templates");
    assertThat(outside(orphan)).isEqualTo(human);
    run(WriteMode.CHECK); // the orphan banner is current: check passes
    assertThat(base.resolve("src/docs/runbooks/app/Queue.adoc")).isRegularFile();
  }

  @Test
  void checkFailsOnAStaleRegionAndBrokenMarkersStopTheRunWithNothingWritten() throws IOException {
    write("src/main/cloudformation/app.yaml", APP.formatted(3));
    Files.createDirectories(base.resolve("src/templates"));
    assertThatThrownBy(() -> run(WriteMode.CHECK)).isInstanceOf(StaleDocsException.class)
        .hasMessageContaining("missing: app/Fn.adoc");
    run(WriteMode.WRITE);
    Path runbook = base.resolve("src/docs/runbooks/app/Fn.adoc");
    String good = Files.readString(runbook);

    Files.writeString(runbook, good.replace("|``Errors`` |", "|``Errors`` | edited "));
    assertThatThrownBy(() -> run(WriteMode.CHECK)).isInstanceOf(StaleDocsException.class)
        .hasMessageContaining("stale:   app/Fn.adoc").hasMessageContaining("edited");

    String page = Files.readString(base.resolve("target/docs/stacks/app.md"));
    String broken = good.replace("// stackdocs:end metrics\n", "");
    Files.writeString(runbook, broken);
    write("src/main/cloudformation/app.yaml", APP.formatted(9));
    assertThatThrownBy(() -> run(WriteMode.WRITE)).isInstanceOf(MalformedRunbookException.class)
        .hasMessageContaining("Fn.adoc:").hasMessageContaining("region 'alarms' begins inside region 'metrics'");
    assertThat(Files.readString(runbook)).isEqualTo(broken);
    assertThat(base.resolve("target/docs/stacks/app.md")).hasContent(page); // the documents were not written either
  }
}

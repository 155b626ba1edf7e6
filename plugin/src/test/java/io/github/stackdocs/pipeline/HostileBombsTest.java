package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.read.InputLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bombs: small or plausible inputs that cost unbounded time or memory further down the pipeline (issue 16). Each is
 * refused with a clear error at {@code file:line:column} naming the limit, the value found and the setting that
 * raises it, or documented in bounded time. The timeouts are guards against a hang (before the fixes these ran for
 * minutes or ran out of memory), not benchmarks.
 */
class HostileBombsTest {
  private static final Duration GUARD = Duration.ofSeconds(60);

  @TempDir Path root;

  /** The run must fail on exactly one error, {@code code} in {@code file}, at a line and column. */
  private static Finding refused(HostileProject p, HostileProject.Run run, String file, String code) {
    assertThat(run.failure()).as(run.text()).containsInstanceOf(InvalidInputException.class);
    List<Finding> errors = run.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    assertThat(errors).as(run.text()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(code);
      assertThat(f.location().file()).isEqualTo(file);
      assertThat(f.location().line()).as("line of " + f.format()).isPositive();
      assertThat(f.location().column()).as("column of " + f.format()).isPositive();
    });
    assertThat(run.text()).doesNotContain("Exception", "at io.", "at com.", "at org.", "OutOfMemory");
    assertThat(p.outputs()).as("nothing written").isEmpty();
    return errors.get(0);
  }

  private static HostileProject.Run run(HostileProject p, DocsRequest.Builder request) {
    return assertTimeoutPreemptively(GUARD, () -> p.run(request.failOn(FailOn.ERROR).build()));
  }

  private static String scalarAliasedAThousandTimes(int scalarBytes) {
    StringBuilder b = new StringBuilder("Metadata:\n  Big: &big ").append("x".repeat(scalarBytes))
        .append("\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      Tags:\n");
    for (int i = 0; i < 1_000; i++) {
      b.append("        - {Key: k").append(i).append(", Value: *big}\n");
    }
    return b.toString();
  }

  @Test
  void aScalarAliasedAThousandTimesIsStoppedByTheCharactersItExpandsTo() {
    // 512 KiB aliased 1,000 times: 512 MiB of text from a 0.5 MB file, within the count of values and aliases
    HostileProject p = new HostileProject(root);
    p.template("alias.yaml", scalarAliasedAThousandTimes(512 * 1024));

    Finding f = refused(p, run(p, p.request()), "src/main/cloudformation/alias.yaml", "yaml-alias-limit");
    assertThat(f.message()).contains("more than 20,971,520 characters");
    assertThat(f.location().line()).as("the alias that passes the budget").isGreaterThan(8);
  }

  @Test
  void aOneMebibyteScalarAliasedAThousandTimesIsRefusedWhateverTheSizeLimit() {
    HostileProject p = new HostileProject(root);
    p.template("alias.yaml", scalarAliasedAThousandTimes(1024 * 1024));

    Finding bySize = refused(p, run(p, p.request()), "src/main/cloudformation/alias.yaml", "too-large");
    assertThat(bySize.message()).contains("templateBytes");
    Finding byAliases = refused(p, run(p, p.request().limits(InputLimits.parse(List.of("templateBytes=20971520")))),
        "src/main/cloudformation/alias.yaml", "yaml-alias-limit");
    assertThat(byAliases.message()).contains("characters");
  }

  private static String manyResourcesJson(int resources) {
    StringBuilder b = new StringBuilder("{\n  \"Resources\": {\n");
    for (int i = 0; i < resources; i++) {
      b.append(i == 0 ? "" : ",\n").append("    \"Queue").append(i).append("\": {\"Type\": \"AWS::SQS::Queue\",")
          .append(" \"Properties\": {\"QueueName\": \"queue-").append(i).append("\", \"Tags\": [");
      for (int j = 0; j < 10; j++) {
        b.append(j == 0 ? "" : ", ").append("{\"Key\": \"k").append(j).append("\", \"Value\": \"")
            .append("v".repeat(200)).append("\"}");
      }
      b.append("]}}");
    }
    return b.append("\n  }\n}\n").toString();
  }

  @Test
  void aTenMegabyteTemplateOfFourThousandResourcesIsRefusedFastBySizeThenByCount() {
    HostileProject p = new HostileProject(root);
    p.template("big.json", manyResourcesJson(4_051));

    long start = System.nanoTime();
    Finding bySize = refused(p, run(p, p.request()), "src/main/cloudformation/big.json", "too-large");
    assertThat(bySize.message()).contains("more than the limit of 1,048,576", "templateBytes=")
        .contains("-Dstackdocs.limits=templateBytes=");
    assertThat(bySize.location().line()).as("where the limit is passed").isGreaterThan(100);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));

    Finding byCount = refused(p, run(p, p.request().limits(InputLimits.parse(List.of("templateBytes=20000000")))),
        "src/main/cloudformation/big.json", "too-many-entries");
    assertThat(byCount.message()).contains("Resources has 4,051 entries, more than the limit of 500", "resources=4051");
    assertThat(byCount.location().line()).as("the 501st resource").isEqualTo(503);
  }

  @Test
  void eachSectionOverItsCloudFormationQuotaIsOneErrorAndTheLimitCanBeRaised() {
    StringBuilder b = new StringBuilder("Parameters:\n");
    for (int i = 0; i < 201; i++) {
      b.append("  P").append(i).append(":\n    Type: String\n    Default: x\n");
    }
    b.append("Mappings:\n");
    for (int i = 0; i < 201; i++) {
      b.append("  M").append(i).append(":\n    k:\n      v: x\n");
    }
    b.append("Resources:\n");
    for (int i = 0; i < 501; i++) {
      b.append("  T").append(i).append(":\n    Type: AWS::SNS::Topic\n");
    }
    b.append("Outputs:\n");
    for (int i = 0; i < 201; i++) {
      b.append("  O").append(i).append(":\n    Value: x\n");
    }
    HostileProject p = new HostileProject(root);
    p.template("quota.yaml", b.toString());

    HostileProject.Run refused = run(p, p.request());
    assertThat(refused.findings()).filteredOn(f -> f.severity() == Severity.ERROR)
        .extracting(f -> f.message().substring(0, f.message().indexOf(" has ")))
        .containsExactlyInAnyOrder("Parameters", "Mappings", "Resources", "Outputs");
    assertThat(refused.findings()).filteredOn(f -> f.severity() == Severity.ERROR).allSatisfy(f -> {
      assertThat(f.message()).containsAnyOf("resources=501", "parameters=201", "outputs=201", "mappings=201");
      assertThat(f.location().line()).isPositive();
    });
    assertThat(p.outputs()).isEmpty();

    HostileProject.Run raised = p.run(p.request().failOn(FailOn.ERROR).limits(InputLimits.parse(
        List.of("resources=501,parameters=201", "outputs=201, mappings=201"))).build());
    raised.ok();
    assertThat(p.read("docs/stacks/quota.md")).contains("T500", "P200", "O200");
  }

  @Test
  void nestedStacksFanningOutTenThousandTimesAreRefusedAndTheOtherStacksStillDocumented() {
    HostileProject p = new HostileProject(root);
    // 5 levels fanning out 10 each: 11,111 stacks from five small files
    for (int level = 0; level < 4; level++) {
      StringBuilder b = new StringBuilder("Resources:\n");
      for (int i = 0; i < 10; i++) {
        b.append("  Child").append(i).append(":\n    Type: AWS::CloudFormation::Stack\n    Properties:\n")
            .append("      TemplateURL: ").append(level == 0 ? "nested/" : "").append("l").append(level + 1)
            .append(".yaml\n");
      }
      p.template(level == 0 ? "root.yaml" : "nested/l" + level + ".yaml", b.toString());
    }
    p.template("nested/l4.yaml", "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n");
    p.template("other.yaml", "Resources:\n  Child:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n"
        + "      TemplateURL: other-child.json\n");
    p.template("other-child.json", "{\"Resources\": {\"Queue\": {\"Type\": \"AWS::SQS::Queue\"}}}");

    HostileProject.Run run = run(p, p.request().excludes(List.of("nested/**", "other-child.json")));
    Finding f = refused(p, run, "src/main/cloudformation/root.yaml", "too-many-nested-stacks");
    assertThat(f.message()).contains("stack root has 11,110 nested stacks", "more than the limit of 1,000",
        "nestedStacks=11111"); // other.yaml, read first, loads one
    assertThat(f.stack()).isEqualTo("root");
    assertThat(run.millis()).as("refused, not documented").isLessThan(GUARD.toMillis());

    HostileProject.Run documented = p.run(p.request().excludes(List.of("nested/**", "other-child.json")).build());
    documented.ok();
    assertThat(p.read("docs/model.json")).contains("\"other-Child\"").doesNotContain("\"root-Child0\"");
  }

  @Test
  void nestedStacksDeeperThanTheLimitAreRefusedNamingTheSetting() {
    HostileProject p = new HostileProject(root);
    for (int level = 0; level < 4; level++) {
      p.template(level == 0 ? "root.yaml" : "d/l" + level + ".yaml", "Resources:\n  Child:\n"
          + "    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: " + (level == 0 ? "d/" : "")
          + "l" + (level + 1) + ".yaml\n");
    }
    p.template("d/l4.yaml", "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n");
    DocsRequest.Builder request = p.request().excludes(List.of("d/**"));

    Finding f = refused(p, run(p, request.limits(InputLimits.parse(List.of("nestingDepth=2")))),
        "src/main/cloudformation/d/l2.yaml", "nested-stack-depth");
    assertThat(f.message()).contains("more than 2 levels", "nestingDepth=3");
    p.run(request.failOn(FailOn.ERROR).limits(InputLimits.DEFAULTS).build()).ok();
  }

  @Test
  void anAnnotationGlobThatBacktracksAsARegularExpressionIsMatchedInLinearTime() {
    HostileProject p = new HostileProject(root);
    String stack = "a".repeat(60);
    p.template(stack + ".yaml", "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n");
    p.template("stackdocs.yaml", "\"" + "*a".repeat(30) + "*b\":\n  owner: nobody\n\"" + "*a".repeat(30)
        + "\":\n  owner: the a team\n");

    HostileProject.Run run = assertTimeoutPreemptively(GUARD, () -> p.run(p.request().formats(
        java.util.EnumSet.of(io.github.stackdocs.render.Format.JSON)).build()));
    run.ok();
    assertThat(p.read("docs/model.json")).contains("the a team").doesNotContain("nobody");
  }

  @Test
  void fiveHundredResourcesEachDependingOnAllEarlierOnesAreDocumentedInBoundedTime() {
    StringBuilder b = new StringBuilder("Resources:\n");
    for (int i = 0; i < 500; i++) {
      b.append("  Q").append(i).append(":\n    Type: AWS::SQS::Queue\n");
      if (i > 0) {
        b.append("    DependsOn: [");
        for (int j = 0; j < i; j++) {
          b.append(j == 0 ? "" : ", ").append('Q').append(j);
        }
        b.append("]\n");
      }
    }
    HostileProject p = new HostileProject(root);
    p.template("dense.yaml", b.toString());

    HostileProject.Run run = assertTimeoutPreemptively(GUARD, () -> p.run(p.request()
        .formats(java.util.EnumSet.of(io.github.stackdocs.render.Format.ADOC, io.github.stackdocs.render.Format.MD,
            io.github.stackdocs.render.Format.JSON)).build()));
    run.ok();
    assertThat(p.read("docs/stacks/dense.md")).contains("Q499");
  }

  @Test
  void aFiveMegabyteSubOfAMillionPlaceholdersIsRefusedBySizeAndOneMegabyteOfThemIsBounded() {
    HostileProject p = new HostileProject(root);
    p.template("sub.yaml", "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n"
        + "      TopicName: !Sub \"" + "${a}".repeat(1_250_000) + "\"\n");
    Finding f = refused(p, run(p, p.request()), "src/main/cloudformation/sub.yaml", "too-large");
    assertThat(f.location().line()).isEqualTo(5);

    // within the size limit: 250,000 placeholders of one unknown name
    p.template("sub.yaml", "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n"
        + "      TopicName: !Sub \"" + "${a}".repeat(250_000) + "\"\n");
    HostileProject.Run run = run(p, p.request());
    assertThat(run.findings()).filteredOn(x -> x.severity() == Severity.ERROR).isNotEmpty()
        .allSatisfy(x -> assertThat(x.location().line()).isEqualTo(5));
  }

  @Test
  void aTwoMebibyteLogicalIdReferencedThroughFiveHundredAliasesIsRefused() {
    StringBuilder b = new StringBuilder("Metadata:\n  Id: &id ").append("L".repeat(2 * 1024 * 1024))
        .append("\nResources:\n");
    for (int i = 0; i < 499; i++) {
      b.append("  R").append(i).append(":\n    Type: AWS::SNS::Topic\n    DependsOn: *id\n");
    }
    HostileProject p = new HostileProject(root);
    p.template("longid.yaml", b.toString());

    refused(p, run(p, p.request()), "src/main/cloudformation/longid.yaml", "too-large");
    Finding f = refused(p, run(p, p.request().limits(InputLimits.parse(List.of("templateBytes=20971520")))),
        "src/main/cloudformation/longid.yaml", "yaml-alias-limit");
    assertThat(f.message()).contains("characters");
  }

  @Test
  void limitsThatAreNotNumbersOrNotLimitsAreConfigurationErrors() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DocsRequest.parseLimits(List.of("resource=5")))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("'resource=5' is not a limit");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DocsRequest.parseLimits(List.of("resources=many")))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("not a whole number");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DocsRequest.parseLimits(List.of("templateBytes=30000000")))
        .isInstanceOf(ConfigurationException.class).hasMessageContaining("at most 20,971,520");
    assertThat(DocsRequest.parseLimits(List.of(" resources = 1_000 ")).resources()).isEqualTo(1_000);
    assertThat(DocsRequest.parseLimits(Optional.<List<String>>empty().orElse(List.of()))).isEqualTo(InputLimits.DEFAULTS);
  }
}

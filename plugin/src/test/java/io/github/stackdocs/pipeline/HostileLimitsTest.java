package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs built to exhaust the reader: alias bombs, deep nesting, huge files. Each is stopped with a clear error at
 * {@code file:line:column}, fast, without a StackOverflowError or a stack trace, and with nothing written. The time
 * bounds are limit checks (a second for a refused read), not benchmarks.
 */
class HostileLimitsTest {
  private static final Duration LIMIT = Duration.ofSeconds(1);
  private static final io.github.stackdocs.read.InputLimits MAX_TEMPLATE =
      io.github.stackdocs.read.InputLimits.parse(List.of("templateBytes=20971520"));

  @TempDir Path root;

  /** Runs the project; the template at {@code file} must be refused with {@code code}, fast, at a position. */
  private Finding refusedQuickly(HostileProject p, String file, String code) {
    // the largest template CloudFormation takes is 1 MB: these bombs are within the 20 MiB the reader can be set to
    HostileProject.Run run = p.run(p.request().failOn(FailOn.ERROR).limits(MAX_TEMPLATE).build());
    assertThat(run.failure()).as("the run fails on the bad template").containsInstanceOf(InvalidInputException.class);
    List<Finding> errors = run.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    assertThat(errors).as(run.text()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(code);
      assertThat(f.location().file()).isEqualTo(file);
      assertThat(f.location().line()).as("line of " + f.format()).isPositive();
      assertThat(f.location().column()).as("column of " + f.format()).isPositive();
    });
    assertThat(run.text()).doesNotContain("Exception", "at io.", "at com.", "at org.", "StackOverflow");
    assertThat(p.outputs()).as("nothing written").isEmpty();
    return errors.get(0);
  }

  /** The read of the bad template alone, timed. */
  private static Duration timedRead(HostileProject p, String name) {
    io.github.stackdocs.read.cfn.CfnTemplateReader reader = new io.github.stackdocs.read.cfn.CfnTemplateReader();
    Path file = p.base.resolve("src/main/cloudformation/" + name);
    reader = new io.github.stackdocs.read.cfn.CfnTemplateReader(MAX_TEMPLATE);
    reader.read(new io.github.stackdocs.read.TemplateSource(file, name, "warm-up")); // class loading is not the limit
    long start = System.nanoTime();
    reader.read(new io.github.stackdocs.read.TemplateSource(file, name, "timed"));
    return Duration.ofNanos(System.nanoTime() - start);
  }

  @Test
  void yamlAliasBombIsStoppedWithAClearErrorInUnderASecond() {
    // "billion laughs": 9 levels of 9 aliases each = 9^9 (387 million) strings once expanded
    StringBuilder bomb = new StringBuilder("Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n"
        + "Metadata:\n  a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      bomb.append("  ").append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ",").append('*').append((char) (c - 1));
      }
      bomb.append("]\n");
    }
    HostileProject p = new HostileProject(root);
    p.template("bomb.yaml", bomb.toString());

    Finding f = refusedQuickly(p, "src/main/cloudformation/bomb.yaml", "yaml-alias-limit");
    assertThat(f.message()).startsWith("YAML alias limit exceeded");
    assertThat(timedRead(p, "bomb.yaml")).isLessThan(LIMIT);
  }

  @Test
  void yamlAliasesToOneHugeListAreStoppedBySizeInUnderASecond() {
    // 45 aliases (within the alias count of 50) to one list of 50,000 items: 2.25 million values once expanded
    StringBuilder big = new StringBuilder("Resources:\n  Topic:\n    Type: AWS::SNS::Topic\nMetadata:\n  a: &a [");
    for (int i = 0; i < 50_000; i++) {
      big.append(i == 0 ? "" : ",").append('x');
    }
    big.append("]\n");
    for (int i = 0; i < 45; i++) {
      big.append("  b").append(i).append(": *a\n");
    }
    HostileProject p = new HostileProject(root);
    p.template("wide.yaml", big.toString());

    Finding f = refusedQuickly(p, "src/main/cloudformation/wide.yaml", "yaml-alias-limit");
    assertThat(f.message()).contains("expands to more than");
    assertThat(timedRead(p, "wide.yaml")).isLessThan(LIMIT);
  }

  @Test
  void yamlTenThousandNestedFlowListsAreStoppedWithAClearErrorInUnderASecond() {
    deepNesting("deep.yaml", "Resources:\n  T:\n    Type: AWS::SNS::Topic\nMetadata:\n  x: "
        + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
  }

  @Test
  void yamlTenThousandNestedFlowMappingsAreStoppedWithAClearErrorInUnderASecond() {
    deepNesting("deep.yaml", "Resources:\n  T:\n    Type: AWS::SNS::Topic\nMetadata:\n  x: "
        + "{a: ".repeat(10_000) + "1" + "}".repeat(10_000) + "\n");
  }

  @Test
  void yamlTwoThousandNestedBlockMappingsAreStoppedWithAClearErrorInUnderASecond() {
    // indentation grows with depth: 10,000 levels would be a 50 MB file (refused by size); 2,000 are 2 MB
    StringBuilder b = new StringBuilder("Resources:\n  T:\n    Type: AWS::SNS::Topic\nMetadata:\n");
    for (int i = 0; i < 2_000; i++) {
      b.append(" ".repeat(i + 1)).append("k:\n");
    }
    b.append(" ".repeat(2_001)).append("v\n");
    deepNesting("deep.yaml", b.toString());
  }

  @Test
  void jsonTenThousandNestedArraysAreStoppedWithAClearErrorInUnderASecond() {
    deepNesting("deep.json", "{\"Resources\": {\"T\": {\"Type\": \"AWS::SNS::Topic\"}}, \"Metadata\": {\"x\": "
        + "[".repeat(10_000) + "]".repeat(10_000) + "}}");
  }

  @Test
  void jsonTenThousandNestedObjectsAreStoppedWithAClearErrorInUnderASecond() {
    deepNesting("deep.json", "{\"Resources\": {\"T\": {\"Type\": \"AWS::SNS::Topic\"}}, \"Metadata\": {\"x\": "
        + "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_000) + "}}");
  }

  private void deepNesting(String name, String text) {
    HostileProject p = new HostileProject(root);
    p.template(name, text);
    Finding f = refusedQuickly(p, "src/main/cloudformation/" + name, "nesting-too-deep");
    assertThat(f.message()).isEqualTo("nesting deeper than 256 levels");
    assertThat(timedRead(p, name)).isLessThan(LIMIT);
  }

  @Test
  void tenMegabyteTemplateWithOneHugeValueIsDocumentedInEveryFormatWithTheValueCut() {
    // 10 MB of text with markup in it, as the description a page shows, and as a parameter default
    String huge = "lorem <b>ipsum</b> | dolor `sit` amet ".repeat(10_000_000 / 38 / 2);
    HostileProject p = new HostileProject(root);
    p.template("huge.yaml", "Description: \"" + huge + "\"\nParameters:\n  P:\n    Type: String\n    Default: \""
        + huge + "\"\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n");
    assertThat(p.base.resolve("src/main/cloudformation/huge.yaml")).satisfies(f ->
        assertThat(java.nio.file.Files.size(f)).isBetween(9_500_000L, 10_500_000L));

    HostileProject.Run run = p.run(p.request().limits(MAX_TEMPLATE).build());
    run.ok();
    assertThat(run.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    for (String page : List.of("docs/stacks/huge.md", "docs/stacks/huge.adoc", "docs/stacks/huge.html")) {
      String text = p.read(page);
      assertThat(text.length()).as(page).isLessThan(200_000); // the value is cut, the page stays readable
      assertThat(text).as(page).contains("more characters in the template");
    }
    // model.json is data, not a page: it keeps the value whole
    assertThat(p.read("docs/model.json")).contains(huge.substring(0, 1000)).hasSizeGreaterThan(10_000_000);
  }

  @Test
  void aTopLevelKeyOfFortyThousandCharactersGivesAFindingOfBoundedLength() {
    String key = "K".repeat(40_000); // longer keys are refused by the reader (50,000 at most)
    HostileProject p = new HostileProject(root);
    // JSON: YAML caps an implicit key at 1,024 characters
    p.template("key.json", "{\"" + key + "\": 1, \"Resources\": {\"Topic\": {\"Type\": \"AWS::SNS::Topic\"}}}");

    HostileProject.Run run = p.run();
    run.ok();
    assertThat(run.findings()).anySatisfy(f -> assertThat(f.message()).contains("KKK", "characters left out"));
    assertThat(run.findings()).allSatisfy(f -> assertThat(f.message().length()).isLessThan(2_100));
    assertThat(run.text().lines()).allSatisfy(line -> assertThat(line.length()).isLessThan(2_500));
  }

  @Test
  void tenMegabyteTemplateOfFiftyThousandResourcesIsRefusedWithAClearError() {
    StringBuilder b = new StringBuilder("Resources:\n");
    for (int i = 0; b.length() < 10_000_000; i++) {
      b.append("  Topic").append(i).append(":\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: topic-")
          .append(i).append("\n      DisplayName: a topic among tens of thousands in one template ").append(i).append('\n');
    }
    HostileProject p = new HostileProject(root);
    p.template("many.yaml", b.toString());

    Finding f = refusedQuickly(p, "src/main/cloudformation/many.yaml", "too-many-entries");
    assertThat(f.location().line()).as("the 501st resource").isEqualTo(2_502);
    assertThat(f.message()).startsWith("Resources has ").contains("more than the limit of 500", "resources=");
  }

  @Test
  void twentyFiveMegabyteTemplateIsRefusedWithAClearErrorWithoutBeingParsed() {
    HostileProject p = new HostileProject(root);
    p.template("big.yaml", "Description: \"" + "x".repeat(25 * 1024 * 1024) + "\"\nResources: {}\n");
    HostileProject.Run run = p.run(p.request().failOn(FailOn.ERROR).build());
    assertThat(run.failure()).containsInstanceOf(InvalidInputException.class);
    assertThat(run.findings()).filteredOn(f -> f.severity() == Severity.ERROR).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("too-large");
      assertThat(f.format()).isEqualTo("src/main/cloudformation/big.yaml: ERROR template is larger than the limit of"
          + " 20,971,520 bytes (20 MiB): it has 26,214,430 bytes; it was not read [too-large]");
    });
    assertThat(p.outputs()).isEmpty();
    assertThat(timedRead(p, "big.yaml")).isLessThan(LIMIT);
  }

  @Test
  void sparseFourGigabyteTemplateIsRefusedBySizeWithoutBeingRead() throws java.io.IOException {
    HostileProject p = new HostileProject(root);
    Path file = p.template("sparse.json", "");
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(4L << 30); // a hole: no disk used; reading it would need 4 GB of heap
    }
    HostileProject.Run run = p.run(p.request().failOn(FailOn.ERROR).build());
    assertThat(run.findings()).filteredOn(f -> f.severity() == Severity.ERROR).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("too-large");
      assertThat(f.message()).contains("it has 4,294,967,296 bytes; it was not read");
    });
    assertThat(timedRead(p, "sparse.json")).isLessThan(LIMIT);
  }

  /** The run's errors, none of them with Java in its message. */
  private static List<Finding> errors(HostileProject.Run run) {
    List<Finding> errors = run.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    assertThat(run.text()).doesNotContain("Exception", "StreamReadConstraints", "getMax", "`", "at io.", "at com.");
    return errors;
  }

  @Test
  void cloudAssemblyManifestNestedTenThousandLevelsIsStoppedWithAClearError() {
    HostileProject p = new HostileProject(root);
    p.file("cdk.out/manifest.json", "{\"version\": \"36.0.0\", \"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}");
    long start = System.nanoTime();
    HostileProject.Run run = p.run(p.request().cdkOutDirectory(java.util.Optional.of(Path.of("cdk.out")))
        .failOn(FailOn.ERROR).build());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(errors(run)).singleElement().satisfies(f -> {
      assertThat(f.location().file()).isEqualTo("cdk.out/manifest.json");
      assertThat(f.location().line()).isPositive();
      assertThat(f.message()).contains("nesting deeper than");
    });
  }

  @Test
  void snapshotFileNestedTenThousandLevelsIsStoppedWithAClearError() {
    HostileProject p = new HostileProject(root);
    p.template("orders.yaml", "Resources:\n  T:\n    Type: AWS::SNS::Topic\n");
    p.file("deployed/orders/describe-stacks.json", "{\"Stacks\": [{\"StackName\": \"orders\", \"Tags\": "
        + "[".repeat(10_000) + "]".repeat(10_000) + "}]}");
    HostileProject.Run run = p.run(p.request().deployedDirectory(java.util.Optional.of(Path.of("deployed")))
        .failOn(FailOn.ERROR).build());
    assertThat(errors(run)).singleElement().satisfies(f -> {
      assertThat(f.location().file()).isEqualTo("deployed/orders/describe-stacks.json");
      assertThat(f.location().line()).isPositive();
      assertThat(f.message()).contains("nesting deeper than");
    });
  }

  @Test
  void annotationsFileAliasBombIsStoppedWithAClearError() {
    HostileProject p = new HostileProject(root);
    p.template("shop.yaml", "Resources:\n  T:\n    Type: AWS::SNS::Topic\n");
    StringBuilder bomb = new StringBuilder("a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ",").append('*').append((char) (c - 1));
      }
      bomb.append("]\n");
    }
    p.template("stackdocs.yaml", bomb.toString());
    long start = System.nanoTime();
    HostileProject.Run run = p.run(p.request().failOn(FailOn.ERROR).build());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    assertThat(errors(run)).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo("yaml-alias-limit");
      assertThat(f.location().file()).isEqualTo("src/main/cloudformation/stackdocs.yaml");
      assertThat(f.location().line()).isPositive();
    });
  }
}

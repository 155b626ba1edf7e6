package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline end to end on small projects in a temporary folder (no HTML: that is slow and tested apart). */
class DocsGeneratorTest {
  @TempDir Path base;

  private static final String NETWORK = """
      Description: Network
      Resources:
        Vpc:
          Type: AWS::EC2::VPC
          Properties:
            CidrBlock: 10.0.0.0/16
      Outputs:
        VpcId:
          Value: !Ref Vpc
          Export:
            Name: !Sub "${AWS::StackName}-VpcId"
      """;

  private static final String APP = """
      Description: App
      Parameters:
        NetworkStack:
          Type: String
          Default: network
      Resources:
        Sg:
          Type: AWS::EC2::SecurityGroup
          Properties:
            GroupDescription: app
            VpcId: !ImportValue
              Fn::Sub: "${NetworkStack}-VpcId"
      """;

  private DocsRequest request(WriteMode mode, Set<Format> formats, FailOn failOn) {
    return DocsRequest.builder(base).outputDirectory(Path.of("docs")).formats(formats).failOn(failOn)
        .projectName("demo").mode(mode).build();
  }

  private void template(String name, String text) throws IOException {
    Path dir = base.resolve("src/main/cloudformation");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve(name), text);
  }

  private DocsGenerator generator() {
    return new DocsGenerator(Log.silent(), () -> fail("HTML renderer started although HTML was not asked for"));
  }

  @Test
  void generateWritesEveryFormatAndCheckAgreesUntilSomethingChanges() throws IOException {
    template("network.yaml", NETWORK);
    template("app.yaml", APP);
    Set<Format> formats = EnumSet.of(Format.ADOC, Format.MD, Format.JSON);

    DocsResult written = generator().run(request(WriteMode.WRITE, formats, FailOn.ERROR));
    assertThat(written.stacks()).isEqualTo(2);
    assertThat(written.resources()).isEqualTo(2);
    assertThat(written.written().orElseThrow().written()).containsExactly(
        "diagrams/app-all.mmd", "diagrams/app-all.svg", "diagrams/app-summary.mmd", "diagrams/app-summary.svg",
        "diagrams/app.mmd", "diagrams/app.svg", "diagrams/network-all.mmd", "diagrams/network-all.svg",
        "diagrams/network-summary.mmd", "diagrams/network-summary.svg", "diagrams/network.mmd", "diagrams/network.svg",
        "diagrams/system.mmd", "diagrams/system.svg", "index.adoc", "index.md", "model.json", "stacks/app.adoc",
        "stacks/app.md", "stacks/network.adoc", "stacks/network.md");
    assertThat(Files.readString(base.resolve("docs/stacks/app.md"))).contains("Sg").contains("network");

    DocsResult checked = generator().run(request(WriteMode.CHECK, formats, FailOn.ERROR));
    assertThat(checked.checked().orElseThrow().upToDate()).isTrue();
    assertThat(checked.summary()).contains("2 stacks, 2 resources, 0 errors").contains("up to date");

    template("network.yaml", NETWORK.replace("Description: Network", "Description: Network v2"));
    Files.writeString(base.resolve("docs/stacks/old.md"), "gone\n");
    Files.writeString(base.resolve("docs/diagrams/old.svg"), "<svg/>\n");
    Files.writeString(base.resolve("docs/diagrams/notes.txt"), "kept: not a diagram\n");
    Files.delete(base.resolve("docs/index.adoc"));
    assertThatThrownBy(() -> generator().run(request(WriteMode.CHECK, formats, FailOn.ERROR)))
        .isInstanceOf(StaleDocsException.class)
        .hasMessageContaining("stale:   stacks/network.md")
        .hasMessageContaining("missing: index.adoc")
        .hasMessageContaining("extra:   stacks/old.md")
        .hasMessageContaining("extra:   diagrams/old.svg")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("notes.txt"))
        .hasMessageContaining("+")
        .hasMessageContaining("Network v2")
        .hasMessageContaining("Run 'mvn stackdocs:generate'");
  }

  @Test
  void modelJsonWrittenStraightIntoItsFileHasTheBytesTheInMemoryPathGives() throws IOException {
    template("network.yaml", NETWORK);
    template("app.yaml", APP);
    Set<Format> formats = EnumSet.of(Format.JSON);
    generator().run(request(WriteMode.WRITE, formats, FailOn.ERROR));
    byte[] written = Files.readAllBytes(base.resolve("docs/model.json"));

    DocsGenerator.Generation g = generator().generate(request(WriteMode.WRITE, formats, FailOn.ERROR));
    byte[] held = io.github.stackdocs.render.json.ModelJson.writeUtf8(g.project(), g.graph(), g.findings(),
        new io.github.stackdocs.analyze.security.SecurityAnalyzer().analyze(g.project()), g.readiness());
    assertThat(written).isEqualTo(held);
    assertThat(g.documents()).filteredOn(d -> d.path().equals("model.json")).singleElement()
        .satisfies(d -> assertThat(d.utf8()).isEqualTo(held));

    DocsResult again = generator().run(request(WriteMode.WRITE, formats, FailOn.ERROR));
    assertThat(again.written().orElseThrow().unchanged()).contains("model.json");
    assertThat(again.written().orElseThrow().written()).doesNotContain("model.json");
    assertThat(generator().run(request(WriteMode.CHECK, formats, FailOn.ERROR)).checked().orElseThrow().upToDate())
        .isTrue();
    Files.writeString(base.resolve("docs/model.json"), new String(held, java.nio.charset.StandardCharsets.UTF_8)
        .replace("\"project\"", "\"projekt\""));
    assertThatThrownBy(() -> generator().run(request(WriteMode.CHECK, formats, FailOn.ERROR)))
        .isInstanceOf(StaleDocsException.class)
        .hasMessageContaining("stale:   model.json")
        .hasMessageContaining("projekt");
  }

  @Test
  void everyBadFileIsReportedWithPositionAndNothingIsWritten() throws IOException {
    template("broken.yaml", "Resources:\n  A:\n    Type: AWS::SNS::Topic\n   bad: [\n");
    template("untyped.yaml", "Resources:\n  Thing:\n    Properties: {}\n  Other:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: !Ref Nowhere\n");
    template("good.yaml", NETWORK);

    assertThatThrownBy(() -> generator().run(request(WriteMode.WRITE, EnumSet.of(Format.MD), FailOn.ERROR)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> {
          List<String> errors = e.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(Finding::format).toList();
          assertThat(errors).anySatisfy(m -> assertThat(m).startsWith("src/main/cloudformation/broken.yaml:4:"));
          assertThat(errors).anySatisfy(m -> assertThat(m).startsWith("src/main/cloudformation/untyped.yaml:2:3:").contains("Type"));
          assertThat(errors).anySatisfy(m -> assertThat(m).startsWith("src/main/cloudformation/untyped.yaml:7:").contains("Nowhere"));
        });
    assertThat(base.resolve("docs")).doesNotExist();
  }

  @Test
  void failOnNeverDocumentsDespiteErrors() throws IOException {
    template("untyped.yaml", "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: !Ref Nowhere\n");
    DocsResult result = generator().run(request(WriteMode.WRITE, EnumSet.of(Format.MD), FailOn.NEVER));
    assertThat(result.count(Severity.ERROR)).isEqualTo(1);
    assertThat(base.resolve("docs/stacks/untyped.md")).exists();
  }

  @Test
  void failOnWarnFailsOnWarnings() throws IOException {
    template("sam.yaml", "Transform: AWS::Serverless-2016-10-31\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: !Ref GeneratedByTransform\n");
    assertThat(generator().run(request(WriteMode.WRITE, EnumSet.of(Format.MD), FailOn.ERROR)).count(Severity.WARN)).isEqualTo(1);
    assertThatThrownBy(() -> generator().run(request(WriteMode.WRITE, EnumSet.of(Format.MD), FailOn.WARN)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void noEchoDefaultsAppearInNoOutput() throws IOException {
    template("secret.yaml", """
        Parameters:
          Password:
            Type: String
            NoEcho: true
            Default: hunter2-do-not-leak
        Resources:
          Topic:
            Type: AWS::SNS::Topic
            Properties:
              TopicName: !Ref Password
        """);
    generator().run(request(WriteMode.WRITE, EnumSet.of(Format.ADOC, Format.MD, Format.JSON), FailOn.ERROR));
    try (var files = Files.walk(base.resolve("docs"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(f)).as(f.toString()).doesNotContain("hunter2");
      }
    }
  }

  @Test
  void theOutputFolderIsNeverReadAsInput() throws IOException {
    Files.writeString(base.resolve("app.yaml"), NETWORK);
    DocsRequest request = DocsRequest.builder(base).sourceDirectory(Path.of(".")).outputDirectory(Path.of("docs"))
        .formats(EnumSet.of(Format.MD, Format.JSON)).projectName("demo").build();
    generator().run(request);
    DocsResult second = generator().run(request);
    assertThat(second.stacks()).isEqualTo(1);
    assertThat(second.findings()).isEmpty();
  }

  @Test
  void aBrokenOverrideTemplateIsTheUsersProblemAndNamesTheFile() throws IOException {
    template("network.yaml", NETWORK);
    Path overrides = Files.createDirectories(base.resolve("tpl/md"));
    Files.writeString(overrides.resolve("parameters.ftl"), "${stack.nosuch}\n");
    DocsRequest request = DocsRequest.builder(base).outputDirectory(Path.of("docs")).formats(EnumSet.of(Format.MD))
        .templateDirectory(Optional.of(Path.of("tpl"))).projectName("demo").build();
    assertThatThrownBy(() -> generator().run(request))
        .isInstanceOf(TemplateOverrideException.class)
        .isInstanceOf(StackdocsException.UserProblem.class)
        .hasMessageContaining(overrides.resolve("parameters.ftl").toString())
        .hasMessageContaining("stack.nosuch");
  }

  @Test
  void aTemplateFailingAfterPagesWereStagedLeavesTheDocsAsTheyWere() throws IOException {
    template("network.yaml", NETWORK);
    Set<Format> formats = EnumSet.of(Format.ADOC, Format.MD, Format.JSON);
    generator().run(request(WriteMode.WRITE, formats, FailOn.ERROR));
    Path docs = base.resolve("docs");
    java.util.Map<String, String> before = contents(docs);
    template("network.yaml", NETWORK.replace("Description: Network", "Description: Network, changed"));
    Path overrides = Files.createDirectories(base.resolve("tpl/md"));
    Files.writeString(overrides.resolve("stack.ftl"), "${stack.nosuch}\n"); // Markdown pages come after the others
    DocsRequest request = DocsRequest.builder(base).outputDirectory(Path.of("docs")).formats(formats)
        .templateDirectory(Optional.of(Path.of("tpl"))).projectName("demo").build();

    assertThatThrownBy(() -> generator().run(request)).isInstanceOf(TemplateOverrideException.class);

    assertThat(contents(docs)).isEqualTo(before);
    assertThat(base.resolve(".docs.stackdocs-staging")).as("what was staged is removed").doesNotExist();
    Files.delete(overrides.resolve("stack.ftl"));
    generator().run(request);
    assertThat(Files.readString(docs.resolve("stacks/network.adoc"))).contains("Network, changed");
  }

  private static java.util.Map<String, String> contents(Path dir) throws IOException {
    java.util.Map<String, String> result = new java.util.TreeMap<>();
    try (var files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        result.put(dir.relativize(f).toString(), Files.readString(f));
      }
    }
    return result;
  }

  @Test
  void failingFindingsStopTheRunBeforeTheHtmlRuntimeStarts() throws IOException {
    template("bad.yaml", "Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: !Ref Nowhere\n");
    assertThatThrownBy(() -> generator().run(request(WriteMode.WRITE, EnumSet.of(Format.HTML), FailOn.ERROR)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aStaleCheckStillCarriesTheFindings() throws IOException {
    template("sam.yaml", "Transform: AWS::Serverless-2016-10-31\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n"
        + "    Properties:\n      TopicName: !Ref GeneratedByTransform\n");
    assertThatThrownBy(() -> generator().run(request(WriteMode.CHECK, EnumSet.of(Format.MD), FailOn.ERROR)))
        .isInstanceOfSatisfying(StaleDocsException.class, e ->
            assertThat(e.result().findings()).extracting(Finding::code).contains("undefined-ref"));
  }

  private static final String TYPES = """
      Resources:
        Fn:
          Type: AWS::Lambda::Fucntion
        Topic:
          Type: AWS::SNS::Topic
          Properties:
            TopicNmae: t
        Thing:
          Type: Custom::Thing
          Properties:
            ServiceToken: arn
        Widget:
          Type: MyOrg::Shop::Widget
      """;

  @Test
  void catalogFindingsAreWarningsByDefaultWithSuggestionsAndTheirSeverityIsConfigurable() throws IOException {
    template("types.yaml", TYPES);
    DocsResult result = generator().run(request(WriteMode.WRITE, EnumSet.of(Format.MD), FailOn.ERROR));
    assertThat(result.findings()).filteredOn(f -> f.code().equals("unknown-type")).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARN);
      assertThat(f.message()).contains("AWS::Lambda::Fucntion", "did you mean AWS::Lambda::Function");
      assertThat(f.location().line()).isEqualTo(2); // the resource; the model keeps no location for its Type value
    });
    assertThat(result.findings()).filteredOn(f -> f.code().equals("unknown-property")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("TopicNmae", "TopicName"));
    assertThat(result.findings()).extracting(Finding::message)
        .noneSatisfy(m -> assertThat(m).contains("Custom::Thing"))
        .noneSatisfy(m -> assertThat(m).contains("MyOrg::Shop::Widget"));

    DocsRequest strict = DocsRequest.builder(base).outputDirectory(Path.of("docs")).formats(EnumSet.of(Format.MD))
        .projectName("demo").validationSeverity(Severity.ERROR).build();
    assertThatThrownBy(() -> generator().run(strict)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void resourcePagesDescribeTypesLinkTheirReferenceAndSayWhatTheCatalogCannotKnow() throws IOException {
    template("types.yaml", TYPES);
    template("network.yaml", NETWORK);
    generator().run(request(WriteMode.WRITE, EnumSet.of(Format.MD, Format.ADOC), FailOn.ERROR));
    String md = Files.readString(base.resolve("docs/stacks/network.md"));
    assertThat(md).contains("- Type: [AWS::EC2::VPC](https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-vpc.html)")
        .contains("| CidrBlock | `10.0.0.0/16` | The IPv4 network range for the VPC")
        .contains("- Attributes (GetAtt): CidrBlock, CidrBlockAssociations, DefaultNetworkAcl");
    String adoc = Files.readString(base.resolve("docs/stacks/network.adoc"));
    assertThat(adoc).contains("* Type: https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ec2-vpc.html[AWS::EC2::VPC]");
    String types = Files.readString(base.resolve("docs/stacks/types.md"));
    assertThat(types).contains("- Type: Custom::Thing (custom resource")
        .contains("- Type: MyOrg::Shop::Widget (third-party or private registry type)")
        .contains("- Type: AWS::Lambda::Fucntion (not in the CloudFormation resource catalog)");
  }
}

package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.stackdocs.model.Binding;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.render.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The binding stage end to end: environments with parameter files in each format, conditions, FindInMap, an import
 * across stacks, Fn::ForEach and a NoEcho value, through {@link DocsGenerator}.
 */
class EnvironmentBindingTest {
  @TempDir Path base;

  private static final String NETWORK = """
      Parameters:
        Stage: {Type: String, AllowedValues: [dev, prod], Default: dev}
      Conditions:
        IsProd: !Equals [!Ref Stage, prod]
      Resources:
        Vpc:
          Type: AWS::EC2::VPC
          Properties:
            CidrBlock: 10.0.0.0/16
        NatGateway:
          Type: AWS::EC2::NatGateway
          Condition: IsProd
          Properties:
            SubnetId: subnet-1
            ConnectivityType: !Ref NoSuchParameter
      Outputs:
        VpcId:
          Value: !Ref Vpc
          Export:
            Name: !Sub '${AWS::StackName}-VpcId'
      """;

  private static final String APP = """
      Transform: AWS::LanguageExtensions
      Parameters:
        Stage: {Type: String}
        NetworkStack: {Type: String}
        Queues: {Type: CommaDelimitedList, Default: "a,b"}
        Password: {Type: String, NoEcho: true}
      Mappings:
        Settings:
          dev: {Memory: 512}
          prod: {Memory: 2048}
      Resources:
        Function:
          Type: AWS::Lambda::Function
          Properties:
            Role: arn:aws:iam::123456789012:role/r
            Code: {ZipFile: x}
            MemorySize: !FindInMap [Settings, !Ref Stage, Memory]
            Environment:
              Variables:
                VPC: !ImportValue {'Fn::Sub': '${NetworkStack}-VpcId'}
                SECRET: !Ref Password
                NAME: !Sub 'app-${Stage}-${Password}'
        Fn::ForEach::Queues:
          - Q
          - !Ref Queues
          - '${Q}Queue':
              Type: AWS::SQS::Queue
      """;

  @BeforeEach
  void project() throws IOException {
    Path src = Files.createDirectories(base.resolve("src/main/cloudformation"));
    Files.writeString(src.resolve("network.yaml"), NETWORK);
    Files.writeString(src.resolve("app.yaml"), APP);
    Path prod = Files.createDirectories(base.resolve("params/prod"));
    Files.writeString(prod.resolve("network.json"), "[{\"ParameterKey\": \"Stage\", \"ParameterValue\": \"prod\"}]");
    Files.writeString(prod.resolve("app.yaml"), """
        Parameters:
          Stage: prod
          NetworkStack: network
          Password: Pr0dSecretMarker
        """);
    Path dev = Files.createDirectories(base.resolve("params/dev"));
    Files.writeString(dev.resolve("network.yaml"), "Stage: staging\n");
    Files.writeString(dev.resolve("app.json"), """
        {"Stage": "dev", "NetworkStack": "net-dev", "Queues": ["only"], "Password": "D3vSecretMarker"}
        """);
  }

  private DocsRequest.Builder request() {
    return DocsRequest.builder(base).outputDirectory(Path.of("docs")).formats(EnumSet.of(Format.MD, Format.JSON,
        Format.ADOC)).projectName("p").mode(WriteMode.WRITE).failOn(FailOn.NEVER)
        .environments(List.of(
            new EnvironmentSpec("prod", Optional.of(Path.of("params/prod")), Optional.of("eu-west-1"),
                Optional.empty(), Optional.empty(), Map.of()),
            new EnvironmentSpec("dev", Optional.of(Path.of("params/dev")), Optional.empty(), Optional.empty(),
                Optional.empty(), Map.of("network", "net-dev"))));
  }

  private Project model(DocsRequest request, List<Finding> findings) {
    try (DocsGenerator docs = new DocsGenerator(Log.silent(), () -> fail("no HTML asked for"))) {
      return docs.model(request, findings);
    }
  }

  @Test
  void theSelectedEnvironmentsValuesAreTheModelsAndEveryEnvironmentIsKept() {
    List<Finding> findings = new ArrayList<>();
    Project project = model(request().build(), findings);
    Stack app = project.stack("app").orElseThrow();
    Node.MapNode fn = app.resource("Function").orElseThrow().properties();
    assertThat(Node.text(fn.get("MemorySize"))).contains("2048");
    assertThat(app.resource("Function").orElseThrow().writtenProperties().get("MemorySize"))
        .isInstanceOf(Node.MapNode.class);
    assertThat(app.resources()).extracting(r -> r.logicalId()).contains("aQueue", "bQueue");
    assertThat(project.stack("network").orElseThrow().resource("NatGateway")).isPresent();

    Stack devNetwork = project.environments().stack("dev", "network").orElseThrow();
    assertThat(devNetwork.resource("NatGateway")).as("IsProd is false in dev").isEmpty();
    assertThat(devNetwork.binding().orElseThrow().notCreated()).extracting(Binding.NotCreated::id)
        .containsExactly("NatGateway");
    Stack devApp = project.environments().stack("dev", "app").orElseThrow();
    assertThat(devApp.resources()).extracting(r -> r.logicalId()).contains("onlyQueue").doesNotContain("aQueue");
    assertThat(project.environments().all()).extracting(e -> e.name()).containsExactly("prod", "dev");
  }

  @Test
  void importsAreLinkedThroughTheExportNamesEachEnvironmentComputes() {
    Project project = model(request().build(), new ArrayList<>());
    assertThat(project.stack("app").orElseThrow().references()).filteredOn(r -> r.kind()
        == io.github.stackdocs.model.Reference.Kind.IMPORT_VALUE).extracting(r -> r.target())
        .containsExactly("network-VpcId");
    assertThat(project.stack("network").orElseThrow().outputs().get(0).resolvedExportName())
        .contains("network-VpcId");
    Project dev = model(request().environment(Optional.of("dev")).build(), new ArrayList<>());
    assertThat(dev.stack("app").orElseThrow().references()).filteredOn(r -> r.kind()
        == io.github.stackdocs.model.Reference.Kind.IMPORT_VALUE).extracting(r -> r.target())
        .containsExactly("net-dev-VpcId");
    assertThat(dev.stack("network").orElseThrow().outputs().get(0).resolvedExportName()).contains("net-dev-VpcId");
  }

  @Test
  void aResourceNotCreatedRaisesNoFindingAndABadValueIsLocatedInItsFile() {
    List<Finding> prod = new ArrayList<>();
    DocsRequest prodRequest = request().build();
    try (DocsGenerator docs = new DocsGenerator(Log.silent(), () -> fail("no HTML asked for"))) {
      docs.analyze(prodRequest, docs.model(prodRequest, prod), prod);
    }
    assertThat(prod).as("NatGateway is created in prod: its undeclared Ref is reported")
        .anyMatch(f -> f.message().contains("NoSuchParameter"));

    List<Finding> dev = new ArrayList<>();
    DocsRequest devRequest = request().environment(Optional.of("dev")).build();
    try (DocsGenerator docs = new DocsGenerator(Log.silent(), () -> fail("no HTML asked for"))) {
      docs.analyze(devRequest, docs.model(devRequest, dev), dev);
    }
    assertThat(dev).as("NatGateway is not created in dev").noneMatch(f -> f.message().contains("NoSuchParameter"));
    assertThat(dev).filteredOn(f -> f.code().equals("value-not-allowed")).extracting(Finding::format)
        .singleElement().asString().startsWith("params/dev/network.yaml:1:8: ERROR");
  }

  @Test
  void noNoEchoValueReachesAnyOutput() throws IOException {
    List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
    RecordingLog log = new RecordingLog(lines);
    DocsResult result;
    try (DocsGenerator docs = new DocsGenerator(log, () -> fail("no HTML asked for"))) {
      result = docs.run(request().build());
    }
    assertThat(result.findings().toString()).doesNotContain("SecretMarker");
    try (Stream<Path> files = Files.walk(base.resolve("docs"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(f, StandardCharsets.UTF_8)).as(f.toString()).doesNotContain("SecretMarker");
      }
    }
    assertThat(String.join("\n", lines)).doesNotContain("SecretMarker");
    String page = Files.readString(base.resolve("docs/stacks/app.md"));
    assertThat(page).contains("`2048` (from `!FindInMap [Settings, !Ref Stage, Memory]`)");
    assertThat(page).contains("Values are those of environment **prod** (eu-west-1). Other environments: dev.");
    assertThat(page).contains("| Parameter Stage | `prod (parameter file)` | `dev (parameter file)` |");
  }
}

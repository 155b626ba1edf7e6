package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.analyze.diff.Risk;
import io.github.stackdocs.analyze.diff.RiskKind;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diff} warns that removing an export breaks the stacks importing it when the import's name is computed from
 * a parameter: the importers are found in each environment.
 */
class EnvironmentDiffTest {
  @TempDir Path base;

  private static final String NETWORK = """
      Resources:
        Vpc: {Type: AWS::EC2::VPC, Properties: {CidrBlock: 10.0.0.0/16}}
      Outputs:
        VpcId:
          Value: !Ref Vpc
          Export: {Name: !Sub '${AWS::StackName}-VpcId'}
      """;

  private static final String APP = """
      Parameters:
        NetworkStack: {Type: String}
      Resources:
        Sg:
          Type: AWS::EC2::SecurityGroup
          Properties:
            GroupDescription: app
            VpcId: !ImportValue {'Fn::Sub': '${NetworkStack}-VpcId'}
      """;

  @BeforeEach
  void project() throws IOException {
    Path now = Files.createDirectories(base.resolve("src/main/cloudformation"));
    Files.writeString(now.resolve("network.yaml"), NETWORK.replace("""
      Outputs:
        VpcId:
          Value: !Ref Vpc
          Export: {Name: !Sub '${AWS::StackName}-VpcId'}
      """, ""));
    Files.writeString(now.resolve("app.yaml"), APP);
    Path old = Files.createDirectories(base.resolve("baseline/src/main/cloudformation"));
    Files.writeString(old.resolve("network.yaml"), NETWORK);
    Files.writeString(old.resolve("app.yaml"), APP);
    Path prod = Files.createDirectories(base.resolve("params/prod"));
    Files.writeString(prod.resolve("app.yaml"), "NetworkStack: network\n");
    Path dev = Files.createDirectories(base.resolve("params/dev"));
    Files.writeString(dev.resolve("app.yaml"), "NetworkStack: network-dev\n");
  }

  private DiffResult diff(List<EnvironmentSpec> environments) {
    DocsRequest inputs = DocsRequest.builder(base).outputDirectory(Path.of("target/stackdocs"))
        .formats(EnumSet.of(Format.MD)).projectName("p").mode(WriteMode.WRITE).environments(environments).build();
    return new ChangeLogGenerator(Log.silent()).run(new DiffRequest(inputs,
        DiffRequest.parseBaseline("baseline", base), FailOnRisk.NONE));
  }

  @Test
  void removingAnExportAnEnvironmentImportsIsADeployFailureNamingTheEnvironment() {
    DiffResult result = diff(List.of(
        new EnvironmentSpec("prod", Optional.of(Path.of("params/prod")), Optional.empty(), Optional.empty(),
            Optional.empty(), Map.of()),
        new EnvironmentSpec("dev", Optional.of(Path.of("params/dev")), Optional.empty(), Optional.empty(),
            Optional.empty(), Map.of("network", "network-dev"))));
    assertThat(result.changes().risks()).filteredOn(r -> r.kind() == RiskKind.DEPLOY_FAILURE)
        .extracting(Risk::reason).contains("removes export network-VpcId, which stack app still imports (Sg,"
            + " in environment prod); CloudFormation refuses to delete an export in use");
  }

  private static List<EnvironmentSpec> prodAndAliasedDev() {
    return List.of(
        new EnvironmentSpec("prod", Optional.of(Path.of("params/prod")), Optional.empty(), Optional.empty(),
            Optional.empty(), Map.of()),
        new EnvironmentSpec("dev", Optional.of(Path.of("params/dev")), Optional.empty(), Optional.empty(),
            Optional.empty(), Map.of("network", "network-dev")));
  }

  @Test
  void anEnvironmentDeployingTheExporterUnderAnotherNameFindsItsImportersByThatEnvironmentsExportName() {
    // in dev the network stack is deployed as network-dev, so its export is network-dev-VpcId, which app imports there
    DiffResult result = diff(prodAndAliasedDev());
    assertThat(result.changes().risks()).filteredOn(r -> r.kind() == RiskKind.DEPLOY_FAILURE)
        .extracting(Risk::reason).containsExactlyInAnyOrder(
            "removes export network-VpcId, which stack app still imports (Sg, in environment prod);"
                + " CloudFormation refuses to delete an export in use",
            "removes export network-dev-VpcId, which stack app still imports (Sg, in environment dev);"
                + " CloudFormation refuses to delete an export in use");
  }

  @Test
  void changingAnExportsValueIsFoundInEveryEnvironmentUnderItsNameThere() throws IOException {
    Files.writeString(base.resolve("src/main/cloudformation/network.yaml"), NETWORK.replace("!Ref Vpc",
        "!GetAtt Vpc.CidrBlock"));
    DiffResult result = diff(prodAndAliasedDev());
    assertThat(result.changes().risks()).filteredOn(r -> r.kind() == RiskKind.DEPLOY_FAILURE)
        .extracting(Risk::reason).containsExactlyInAnyOrder(
            "changes export network-VpcId, which stack app still imports (Sg, in environment prod);"
                + " CloudFormation refuses to update an export in use",
            "changes export network-dev-VpcId, which stack app still imports (Sg, in environment dev);"
                + " CloudFormation refuses to update an export in use");
  }

  @Test
  void withoutAValueForTheImportsParameterNoImporterIsKnown() {
    // the built-in environment has no value for NetworkStack: the import's name is not known, so no risk is claimed
    DiffResult result = diff(List.of());
    assertThat(result.changes().risks()).noneMatch(r -> r.kind() == RiskKind.DEPLOY_FAILURE);
  }
}

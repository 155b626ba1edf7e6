package io.github.stackdocs.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.DeployedState.OutputValue;
import io.github.stackdocs.model.DeployedState.ParameterValue;
import io.github.stackdocs.model.DeployedState.PropertyDifference;
import io.github.stackdocs.model.DeployedState.ResourceState;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeployedSecretsTest {
  private static final Stack STACK = new CfnTemplateReader().read("t.yaml", "t", """
      Parameters:
        Pw: {Type: String, NoEcho: true}
        Stage: {Type: String}
      Resources:
        Fn:
          Type: AWS::Lambda::Function
          Properties:
            Timeout: 30
            Environment:
              Variables:
                STAGE: !Ref Stage
                DB: !Join ['', [!Ref Pw]]
            Tags:
              - {Key: a, Value: plain}
              - {Key: b, Value: !Sub '${Pw}'}
            Layers: !If [C, [!Ref Pw], []]
      Outputs:
        Plain: {Value: !Ref Stage}
        Secret: {Value: !Sub 'u:${Pw}'}
        Exported: {Value: x, Export: {Name: !Sub '${Pw}-name'}}
      """).stack().orElseThrow();

  private static boolean secret(String path) {
    return DeployedSecrets.secretProperty(STACK.resource("Fn").orElseThrow(), path, Set.of("Pw"));
  }

  @Test
  void aDriftPathIsSecretWhenItsTemplateValueOrWhatItGoesIntoIsSecretDerived() {
    assertThat(secret("/Environment/Variables/DB")).isTrue();
    assertThat(secret("/Environment")).as("an object with a secret inside").isTrue();
    assertThat(secret("/Tags/1/Value")).isTrue();
    assertThat(secret("/Tags/0/Value")).as("a list decides as a whole: drift may number items otherwise").isTrue();
    assertThat(secret("/Layers/0")).as("into an intrinsic function").isTrue();
    assertThat(secret("/Environment/Variables/STAGE")).isFalse();
    assertThat(secret("/Environment/Variables/ADDED")).as("not in the template").isFalse();
    assertThat(secret("/Timeout")).isFalse();
    assertThat(secret("/Environment/Variables/API_TOKEN")).as("named like a secret").isTrue();
    assertThat(DeployedSecrets.secretProperty(null, "/MasterUserPassword", Set.of())).isTrue();
    assertThat(DeployedSecrets.secretProperty(null, "/Timeout", Set.of())).isFalse();
  }

  @Test
  void attachingDeployedStateMasksSecretOutputsAndDriftValuesOnlyAndIsIdempotent() {
    DeployedState d = new DeployedState("t", "", "UPDATE_COMPLETE", "", "", "", List.of(
        new ParameterValue("Pw", "clear", false), new ParameterValue("Stage", "prod", false)),
        List.of(new OutputValue("Plain", "prod", "", ""), new OutputValue("Secret", "u:clear", "", ""),
            new OutputValue("Exported", "x", "", "clear-name"), new OutputValue("Gone", "clear", "", "")),
        List.of(new ResourceState("Fn", "fn-1", "AWS::Lambda::Function", "", "", "", "MODIFIED", List.of(
            new PropertyDifference("/Timeout", "30", "60", "NOT_EQUAL"),
            new PropertyDifference("/Environment/Variables/DB", "clear", "clear2", "NOT_EQUAL"),
            new PropertyDifference("/Environment/Variables/DB", "", "clear3", "ADD")), null)),
        true, Optional.empty(), null);

    DeployedState m = STACK.withDeployed(Optional.of(d)).deployed().orElseThrow();

    assertThat(m.parameters()).containsExactly(new ParameterValue("Pw", "****", true),
        new ParameterValue("Stage", "prod", false));
    assertThat(m.outputs()).containsExactly(new OutputValue("Exported", "x", "", "****"),
        new OutputValue("Gone", "****", "", ""), new OutputValue("Plain", "prod", "", ""),
        new OutputValue("Secret", "****", "", ""));
    assertThat(m.resources().get(0).differences()).containsExactly(
        new PropertyDifference("/Timeout", "30", "60", "NOT_EQUAL"),
        new PropertyDifference("/Environment/Variables/DB", "****", "****", "NOT_EQUAL"),
        new PropertyDifference("/Environment/Variables/DB", "", "****", "ADD"));
    assertThat(m.resources().get(0).physicalId()).isEqualTo("fn-1");
    Stack again = STACK.withDeployed(Optional.of(m)).withReferences(STACK.references());
    assertThat(again.deployed().orElseThrow()).isSameAs(again.deployed().orElseThrow()).isEqualTo(m);
  }
}

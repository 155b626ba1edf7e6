package io.github.stackdocs.bind;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Binding;
import io.github.stackdocs.model.DeployedState;
import io.github.stackdocs.model.Environment;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.ReadResult;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StackScopeTest {
  private static final String TEMPLATE = """
      Parameters:
        Stage: {Type: String, Default: dev}
        Memory: {Type: Number, Default: 128}
        Subnets: {Type: CommaDelimitedList, Default: "a,b"}
        Ids: {Type: 'List<AWS::EC2::Subnet::Id>'}
        Secret: {Type: String, NoEcho: true, Default: hunter2}
        Previous: {Type: String, Default: old}
        Missing: {Type: String}
      Resources:
        Q: {Type: AWS::SQS::Queue}
      """;

  private static final SourceLocation FILE = new SourceLocation("params/prod/app.yaml", 3, 8);

  private static Stack stack(Optional<DeployedState> deployed) {
    ReadResult r = new CfnTemplateReader().read("app.yaml", "app", TEMPLATE);
    assertThat(r.stack()).isPresent();
    return r.stack().get().withDeployed(deployed);
  }

  private static DeployedState deployed(String stackId, List<DeployedState.ParameterValue> params) {
    return new DeployedState("app-prod", stackId, "UPDATE_COMPLETE", "", "", "", params, List.of(), List.of(), false,
        Optional.empty(), SourceLocation.of("deployed/app/describe-stacks.json"));
  }

  private static ParameterInput file(String value) {
    return new ParameterInput(Node.string(value, FILE), false, Binding.Source.FILE, FILE);
  }

  @Test
  void aFileValueComesBeforeTheDeployedValueWhichComesBeforeTheDefault() {
    DeployedState d = deployed("", List.of(new DeployedState.ParameterValue("Stage", "staging", false),
        new DeployedState.ParameterValue("Memory", "512", false)));
    StackScope scope = new StackScope(stack(Optional.of(d)), Environment.DEFAULTS, Map.of("Stage", file("prod")),
        Optional.of("app"), new Exports());
    assertThat(scope.parameter("Stage")).map(v -> Node.text(v.value()).orElseThrow()).contains("prod");
    assertThat(scope.parameter("Memory")).map(v -> Node.text(v.value()).orElseThrow()).contains("512");
    assertThat(scope.parameter("Previous")).map(v -> Node.text(v.value()).orElseThrow()).contains("old");
    assertThat(scope.parameter("Missing")).isEmpty();
    assertThat(scope.parameter("Undeclared")).isEmpty();
    assertThat(scope.parameters()).extracting(Binding.BoundParameter::name, Binding.BoundParameter::source)
        .contains(org.assertj.core.groups.Tuple.tuple("Stage", Binding.Source.FILE),
            org.assertj.core.groups.Tuple.tuple("Memory", Binding.Source.DEPLOYED),
            org.assertj.core.groups.Tuple.tuple("Previous", Binding.Source.DEFAULT),
            org.assertj.core.groups.Tuple.tuple("Missing", Binding.Source.NONE));
    assertThat(scope.parameters().get(0).from()).isEqualTo(FILE);
  }

  @Test
  void usePreviousValueTakesTheDeployedValueAndIsNotKnownWithoutASnapshot() {
    ParameterInput previous = new ParameterInput(Node.string("", FILE), true, Binding.Source.FILE, FILE);
    DeployedState d = deployed("", List.of(new DeployedState.ParameterValue("Previous", "from-aws", false)));
    assertThat(new StackScope(stack(Optional.of(d)), Environment.DEFAULTS, Map.of("Previous", previous),
        Optional.empty(), new Exports()).parameter("Previous")).map(v -> Node.text(v.value()).orElseThrow())
        .contains("from-aws");
    assertThat(new StackScope(stack(Optional.empty()), Environment.DEFAULTS, Map.of("Previous", previous),
        Optional.empty(), new Exports()).parameter("Previous")).isEmpty();
  }

  @Test
  void aNoEchoValueIsBoundAsASecretAndNeverShown() {
    StackScope scope = new StackScope(stack(Optional.empty()), Environment.DEFAULTS,
        Map.of("Secret", file("s3cr3t-value")), Optional.empty(), new Exports());
    assertThat(scope.parameter("Secret")).hasValueSatisfying(v -> assertThat(v.secret()).isTrue());
    Binding.BoundParameter shown = scope.parameters().stream().filter(p -> p.name().equals("Secret")).findFirst()
        .orElseThrow();
    assertThat(shown.secret()).isTrue();
    assertThat(shown.value()).isEmpty();
    assertThat(scope.parameters().toString()).doesNotContain("s3cr3t-value").doesNotContain("hunter2");
  }

  @Test
  void aMaskedDeployedNoEchoValueIsNotKnownRatherThanItsDefault() {
    DeployedState d = deployed("", List.of(new DeployedState.ParameterValue("Secret", "", true)));
    assertThat(new StackScope(stack(Optional.of(d)), Environment.DEFAULTS, Map.of(), Optional.empty(), new Exports())
        .parameter("Secret")).isEmpty();
  }

  @Test
  void listParametersAreListsOfTheirCommaSeparatedItems() {
    StackScope scope = new StackScope(stack(Optional.empty()), Environment.DEFAULTS,
        Map.of("Ids", file("subnet-1, subnet-2")), Optional.empty(), new Exports());
    assertThat(scope.parameter("Subnets")).hasValueSatisfying(v -> assertThat(v.value())
        .isInstanceOfSatisfying(Node.ListNode.class, l -> assertThat(l.items()).extracting(n -> Node.text(n)
            .orElseThrow()).containsExactly("a", "b")));
    assertThat(scope.parameter("Ids")).hasValueSatisfying(v -> assertThat(((Node.ListNode) v.value()).items())
        .extracting(n -> Node.text(n).orElseThrow()).containsExactly("subnet-1", "subnet-2"));
  }

  @Test
  void aValueTheParentPassesAsAnExpressionIsNotKnown() {
    Node expression = new Node.MapNode(Map.of("Ref", Node.string("Vpc", FILE)), Map.of(), FILE);
    StackScope scope = new StackScope(stack(Optional.empty()), Environment.DEFAULTS,
        Map.of("Stage", new ParameterInput(expression, false, Binding.Source.PARENT, FILE)), Optional.empty(),
        new Exports());
    assertThat(scope.parameter("Stage")).as("not the Default: the parent passes something else").isEmpty();
  }

  @Test
  void pseudoParametersComeFromTheEnvironmentElseFromTheDeployedStackArn() {
    Environment prod = new Environment("prod", Optional.of("cn-north-1"), Optional.of("123456789012"));
    StackScope configured = new StackScope(stack(Optional.empty()), prod, Map.of(), Optional.of("app-prod"),
        new Exports());
    assertThat(configured.pseudoParameter("AWS::Region")).contains("cn-north-1");
    assertThat(configured.pseudoParameter("AWS::Partition")).contains("aws-cn");
    assertThat(configured.pseudoParameter("AWS::URLSuffix")).contains("amazonaws.com.cn");
    assertThat(configured.pseudoParameter("AWS::AccountId")).contains("123456789012");
    assertThat(configured.pseudoParameter("AWS::StackName")).contains("app-prod");
    assertThat(configured.pseudoParameter("AWS::StackId")).isEmpty();

    DeployedState d = deployed("arn:aws-us-gov:cloudformation:us-gov-west-1:210987654321:stack/app-prod/abc",
        List.of());
    StackScope fromArn = new StackScope(stack(Optional.of(d)), Environment.DEFAULTS, Map.of(), Optional.empty(),
        new Exports());
    assertThat(fromArn.pseudoParameter("AWS::Region")).contains("us-gov-west-1");
    assertThat(fromArn.pseudoParameter("AWS::Partition")).contains("aws-us-gov");
    assertThat(fromArn.pseudoParameter("AWS::AccountId")).contains("210987654321");
    assertThat(fromArn.pseudoParameter("AWS::StackId")).contains(d.stackId());

    StackScope nothing = new StackScope(stack(Optional.empty()), Environment.DEFAULTS, Map.of(), Optional.empty(),
        new Exports());
    assertThat(nothing.pseudoParameter("AWS::Region")).as("never guessed").isEmpty();
    assertThat(nothing.pseudoParameter("AWS::Partition")).isEmpty();
    assertThat(nothing.pseudoParameter("AWS::AccountId")).isEmpty();
  }

  @Test
  void isolatedPartitionsHaveNoPublicUrlSuffix() {
    assertThat(Partitions.partition("us-iso-east-1")).isEqualTo("aws-iso");
    assertThat(Partitions.partition("us-isob-east-1")).isEqualTo("aws-iso-b");
    assertThat(Partitions.partition("eu-west-1")).isEqualTo("aws");
    assertThat(Partitions.urlSuffix("us-iso-east-1")).isEmpty();
    assertThat(Partitions.urlSuffix("us-gov-east-1")).contains("amazonaws.com");
  }
}

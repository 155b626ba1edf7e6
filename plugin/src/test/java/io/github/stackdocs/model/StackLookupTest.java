package io.github.stackdocs.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.analyze.Stacks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The indexed lookups (by logical id, references by source, deployed resources) agree with a plain scan. */
class StackLookupTest {
  private static final String YAML = """
      Resources:
        Queue:
          Type: AWS::SQS::Queue
        Topic:
          Type: AWS::SNS::Topic
          Properties:
            Subscription:
              - Endpoint: !GetAtt Queue.Arn
                Protocol: sqs
        Fn:
          Type: AWS::Lambda::Function
          DependsOn: Topic
          Properties:
            Environment:
              Variables:
                Q: !Ref Queue
                T: !Ref Topic
      Outputs:
        QueueArn:
          Value: !GetAtt Queue.Arn
      """;

  @Test
  void resourceByIdFindsWhatAScanFinds() {
    Stack stack = Stacks.read("s", YAML);
    for (Resource r : stack.resources()) {
      assertThat(stack.resource(r.logicalId())).containsSame(r);
    }
    assertThat(stack.resource("Nope")).isEmpty();
    assertThat(stack.resources()).isEqualTo(List.copyOf(stack.resources())).hasSize(3);
    assertThat(stack.resources().get(0).logicalId()).isEqualTo("Queue"); // template order kept
  }

  @Test
  void aDuplicateLogicalIdResolvesToTheFirstAsBefore() {
    Stack stack = Stacks.read("s", YAML);
    Resource first = stack.resources().get(0);
    Resource twin = new Resource(first.logicalId(), "AWS::SNS::Topic", first.properties(), List.of(), "", "", "",
        Optional.empty(), Optional.empty(), Optional.empty(), first.location());
    List<Resource> withTwin = new ArrayList<>(stack.resources());
    withTwin.add(twin);
    Stack copy = stack.withContents(stack.parameters(), stack.conditions(), stack.rules(), withTwin);
    assertThat(copy.resource(first.logicalId())).containsSame(first);
  }

  @Test
  void referencesFromIsTheRangeOfOneSource() {
    Stack stack = Stacks.read("s", YAML);
    for (String source : List.of("Fn", "Topic", "Queue", "Outputs.QueueArn", "A", "Zzz")) {
      assertThat(stack.referencesFrom(source))
          .as(source)
          .containsExactlyElementsOf(stack.references().stream().filter(r -> r.source().equals(source)).toList());
    }
    assertThat(stack.referencesFrom("Fn")).extracting(Reference::target).contains("Queue", "Topic");
  }

  @Test
  void deployedResourceByBinarySearchFindsEveryIdAndOnlyThose() {
    List<DeployedState.ResourceState> states = new ArrayList<>();
    for (String id : List.of("M", "A", "Z", "C", "C")) {
      states.add(new DeployedState.ResourceState(id, "phys-" + id + states.size(), "AWS::SQS::Queue", "CREATE_COMPLETE",
          "", "", "", List.of(), SourceLocation.UNKNOWN));
    }
    DeployedState d = new DeployedState("s", "", "", "", "", "", List.of(), List.of(), states, true, Optional.empty(),
        SourceLocation.UNKNOWN);
    for (String id : List.of("A", "C", "M", "Z")) {
      assertThat(d.resource(id)).contains(d.resources().stream().filter(r -> r.logicalId().equals(id)).findFirst()
          .orElseThrow());
    }
    assertThat(d.resource("C").orElseThrow().physicalId()).isEqualTo("phys-C3");
    for (String id : List.of("", "0", "B", "D", "ZZ")) {
      assertThat(d.resource(id)).as(id).isEmpty();
    }
  }
}

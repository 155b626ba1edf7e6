package io.github.stackdocs.analyze.sam;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.analyze.Stacks;
import io.github.stackdocs.model.Stack;
import org.junit.jupiter.api.Test;

/** Which properties Globals give a SAM resource, and the properties as the transform sees them. */
class SamGlobalsTest {
  private static final Stack STACK = Stacks.read("s", """
      Transform: AWS::Serverless-2016-10-31
      Globals:
        Function:
          Runtime: python3.12
          Timeout: 10
          Environment: {Variables: {LOG_LEVEL: info}}
          Layers: [arn:aws:lambda:l:1]
      Resources:
        Bare:
          Type: AWS::Serverless::Function
        Own:
          Type: AWS::Serverless::Function
          Properties:
            Handler: app.handler
            Timeout: 30
            Environment: {Variables: {TABLE: t}}
            Layers: [arn:aws:lambda:m:1]
        Queue:
          Type: AWS::SQS::Queue
          Properties: {DelaySeconds: 1}
      """);

  @Test
  void onlyGlobalsIsFromGlobalsBothMergedIsMergedAnOverridingScalarIsNeither() {
    assertThat(SamGlobals.sources(STACK, STACK.resource("Own").orElseThrow())).containsExactly(
        java.util.Map.entry("Runtime", SamGlobals.FROM_GLOBALS),
        java.util.Map.entry("Environment", SamGlobals.MERGED),
        java.util.Map.entry("Layers", SamGlobals.MERGED));
    assertThat(SamGlobals.sources(STACK, STACK.resource("Bare").orElseThrow()))
        .containsOnlyKeys("Runtime", "Timeout", "Environment", "Layers")
        .allSatisfy((k, v) -> assertThat(v).isEqualTo(SamGlobals.FROM_GLOBALS));
    assertThat(SamGlobals.sources(STACK, STACK.resource("Queue").orElseThrow())).isEmpty();
  }

  @Test
  void ownPropertiesComeFirstWithMergedValuesThenThoseOnlyGlobalsSet() {
    var own = STACK.resource("Own").orElseThrow();
    var shown = SamGlobals.properties(STACK, own, own.properties());
    assertThat(shown.entries().keySet()).containsExactly("Handler", "Timeout", "Environment", "Layers", "Runtime");
    assertThat(shown.get("Timeout").toString()).contains("30");
    assertThat(shown.get("Environment").toString()).contains("LOG_LEVEL").contains("TABLE");
    var queue = STACK.resource("Queue").orElseThrow();
    assertThat(SamGlobals.properties(STACK, queue, queue.properties())).isSameAs(queue.properties());
  }
}

package io.github.stackdocs.render.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.catalog.ResourceCatalog;
import org.junit.jupiter.api.Test;

/** A SAM property's replacement wording is that of the generated resource's property the transform writes. */
class SamReplacementWordingTest {
  private final TypeDocs docs = new TypeDocs(ResourceCatalog.bundled());

  @Test
  void codeUriBecomesLambdaCodeWhichUpdatesInPlace() {
    assertThat(docs.property("AWS::Serverless::Function", "CodeUri")).doesNotContain("replace");
    assertThat(docs.property("AWS::Serverless::Function", "Runtime")).isEqualTo("The identifier of the function's runtime.");
    assertThat(docs.property("AWS::Serverless::Function", "Tracing")).as("a renamed property borrows no summary")
        .isEmpty();
  }

  @Test
  void functionNameReplacesTheGeneratedFunction() {
    assertThat(docs.property("AWS::Serverless::Function", "FunctionName")).isEqualTo(
        "The name of the Lambda function, up to 64 characters in length. "
        + "Changing it replaces the AWS::Lambda::Function the transform generates.");
    assertThat(docs.property("AWS::Serverless::SimpleTable", "PrimaryKey"))
        .endsWith("Changing it replaces the AWS::DynamoDB::Table the transform generates.");
    assertThat(docs.property("AWS::Serverless::Api", "StageName"))
        .endsWith("Changing it replaces the AWS::ApiGateway::Stage the transform generates.");
  }

  @Test
  void propertiesSpreadOverSeveralGeneratedResourcesClaimNoReplacement() {
    assertThat(docs.property("AWS::Serverless::Function", "Events")).doesNotContain("replace");
    assertThat(docs.property("AWS::Serverless::Function", "AutoPublishAlias")).doesNotContain("replace");
  }

  @Test
  void plainTypesKeepTheirOwnRule() {
    assertThat(docs.property("AWS::Lambda::Function", "FunctionName")).endsWith("Changing it replaces the resource.");
  }
}

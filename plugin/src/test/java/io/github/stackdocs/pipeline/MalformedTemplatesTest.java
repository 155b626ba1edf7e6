package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.render.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Templates whose intrinsic functions or sections have the wrong shape: each fault is one located finding saying
 * what was expected, from reading and binding together (the evaluator does not report again what the reader did),
 * also where no environment evaluates the expression.
 */
class MalformedTemplatesTest {
  @TempDir Path base;

  private List<String> findings(String template) throws IOException {
    Path dir = base.resolve("src/main/cloudformation");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("t.yaml"), template);
    List<Finding> findings = new ArrayList<>();
    DocsRequest request = DocsRequest.builder(base).outputDirectory(Path.of("docs")).formats(EnumSet.of(Format.MD))
        .projectName("p").mode(WriteMode.WRITE).failOn(FailOn.NEVER).build();
    try (DocsGenerator docs = new DocsGenerator(Log.silent(), () -> fail("no HTML asked for"))) {
      docs.model(request, findings);
    }
    return findings.stream().filter(f -> f.severity() != io.github.stackdocs.model.Severity.INFO)
        .map(f -> f.location().line() + ":" + f.location().column() + " " + f.code() + " " + f.message()).toList();
  }

  private static final String HEAD = """
      Parameters:
        Env: {Type: String, Default: dev}
      Conditions:
        IsProd: !Equals [!Ref Env, prod]
      """;

  @Test
  void anIfWithOneArgumentIsOneFindingEvenInAResourceNoEnvironmentCreates() throws IOException {
    assertThat(findings(HEAD + """
        Resources:
          Evaluated:
            Type: AWS::S3::Bucket
            Properties:
              BucketName: !If [IsProd]
          NotCreated:
            Type: AWS::S3::Bucket
            Condition: IsProd
            Properties:
              BucketName: !If [IsProd]
        """)).containsExactly(
        "9:19 malformed-intrinsic Fn::If expects [condition name, value if true, value if false], found a list of 1",
        "14:19 malformed-intrinsic Fn::If expects [condition name, value if true, value if false], found a list of 1");
  }

  @Test
  void anIfGivenAStringIsOneFinding() throws IOException {
    assertThat(findings(HEAD + """
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Condition: IsProd
            Properties:
              Tags: {"Fn::If": "notalist"}
        """)).containsExactly(
        "10:13 malformed-intrinsic Fn::If expects [condition name, value if true, value if false], found a string");
  }

  @Test
  void conditionsReferringToEachOtherAreOneFindingThoughNothingUsesThem() throws IOException {
    assertThat(findings(HEAD + """
          A: !Equals [!Condition B, "true"]
          B: !Equals [!Condition A, "true"]
        Resources:
          Bucket: {Type: AWS::S3::Bucket}
        """)).containsExactly("5:6 circular-condition condition 'A' depends on itself (A -> B -> A);"
        + " CloudFormation rejects circular conditions");
  }

  @Test
  void aCycleTheEvaluatorAlsoMeetsIsReportedOnce() throws IOException {
    assertThat(findings(HEAD + """
          A: !And [!Condition B, !Condition IsProd]
          B: !Or [!Condition A, !Condition IsProd]
        Resources:
          Bucket: {Type: AWS::S3::Bucket, Condition: B}
        """)).containsExactly("5:6 circular-condition condition 'A' depends on itself (A -> B -> A);"
        + " CloudFormation rejects circular conditions");
  }

  @Test
  void anOutputValueThatIsAListIsAFinding() throws IOException {
    assertThat(findings(HEAD + """
        Resources:
          Bucket: {Type: AWS::S3::Bucket}
        Outputs:
          O:
            Value: [a, b]
        """)).containsExactly("9:12 wrong-type output 'O' Value must be a string or a function giving one"
        + " (join a list with Fn::Join), found a list of 2");
  }

  @Test
  void samEventsGivenAsAListIsAFinding() throws IOException {
    assertThat(findings("""
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Runtime: python3.12
              Handler: a.h
              CodeUri: .
              Events:
                - Type: Api
        """)).containsExactly("10:9 wrong-type resource 'Fn' Events must be a mapping of event names to"
        + " {Type, Properties}, found a list of 1");
  }

  @Test
  void aTypeGivenAsAnIfIsReportedOnce() throws IOException {
    assertThat(findings(HEAD + """
        Resources:
          Other:
            Type: !If [IsProd, AWS::S3::Bucket, AWS::SQS::Queue]
        """)).containsExactly("7:11 wrong-type resource 'Other' Type must be a string, found a mapping");
  }

  @Test
  void aTransformGivenAsNameAndParametersIsAccepted() throws IOException {
    assertThat(findings("""
        Transform:
          Name: AWS::Include
          Parameters: {Location: s3://bucket/part.yaml}
        Resources:
          Queue: {Type: AWS::SQS::Queue}
        """)).isEmpty();
    assertThat(findings("""
        Transform: {Parameters: {Location: s3://bucket/part.yaml}}
        Resources:
          Queue: {Type: AWS::SQS::Queue}
        """)).containsExactly("1:12 wrong-type Transform must be a transform name (e.g."
        + " AWS::Serverless-2016-10-31), a mapping {Name, Parameters}, or a list of them, found a mapping");
  }

  @Test
  void everyFunctionsArgumentsHaveTheirDocumentedShape() throws IOException {
    assertThat(findings("""
        Resources:
          Bucket:
            Type: AWS::S3::Bucket
            Properties:
              A: !Join [x]
              B: !Select [1]
              C: !Split [",", a, b]
              D: !Sub [a, b]
              E: !GetAtt Bucket
              F: !FindInMap [M, a, b, {DefaultValue: x}]
              G: !Base64 [a]
              H: !Ref [a]
              I: !Cidr [10.0.0.0/16, 2]
              J: !Length x
              K: !ToJsonString x
              L: !Join ["", [a, b]]
              M: !Sub ["${A}", {A: !Ref AWS::Region}]
              N: !GetAtt [Bucket, Arn]
        """)).extracting(s -> s.contains(" found") ? s.substring(0, s.indexOf(" found")) : s).containsExactly(
        "5:10 malformed-intrinsic Fn::Join expects [delimiter, list of values],",
        "6:10 malformed-intrinsic Fn::Select expects [index, list],",
        "7:10 malformed-intrinsic Fn::Split expects [delimiter, string],",
        "8:10 malformed-intrinsic Fn::Sub expects a string, or [string, mapping of variables],",
        "9:10 malformed-intrinsic Fn::GetAtt expects [logical id, attribute name] (or \"LogicalId.Attribute\"),",
        "10:31 malformed-intrinsic Fn::FindInMap with a DefaultValue needs the AWS::LanguageExtensions transform"
            + " (Transform: AWS::LanguageExtensions); CloudFormation rejects it without",
        "11:10 malformed-intrinsic Fn::Base64 expects a string,",
        "12:10 malformed-intrinsic Ref expects the name of a parameter, pseudo parameter or resource,",
        "13:10 malformed-intrinsic Fn::Cidr expects [ipBlock, count, cidrBits],",
        "14:10 malformed-intrinsic Fn::Length expects a list,",
        "15:10 malformed-intrinsic Fn::ToJsonString expects a mapping or a list,");
  }
}

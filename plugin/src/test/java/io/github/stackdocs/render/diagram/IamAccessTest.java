package io.github.stackdocs.render.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.stackdocs.model.Resource;
import io.github.stackdocs.render.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IamAccessTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "none", value = {
      "dynamodb:GetItem                                  | reads",
      "dynamodb:GetItem dynamodb:Query dynamodb:Scan     | reads",
      "dynamodb:PutItem                                  | writes",
      "dynamodb:GetItem dynamodb:PutItem                 | reads/writes",
      "dynamodb:*                                        | reads/writes",
      "*                                                 | reads/writes",
      "s3:GetObject                                      | reads",
      "s3:PutObject s3:DeleteObject                      | writes",
      "s3:Get*                                           | reads",
      "s3:*Object                                        | reads/writes",
      "sqs:SendMessage                                   | writes",
      "sqs:ReceiveMessage sqs:DeleteMessage sqs:ChangeMessageVisibility | reads",
      "sns:Publish                                       | writes",
      "kms:Decrypt                                       | reads",
      "kms:GenerateDataKey                               | writes",
      "lambda:InvokeFunction                             | invokes",
      "states:StartExecution dynamodb:PutItem            | invokes",
      "LAMBDA:invokefunction                             | invokes",
      "ec2:AssociateAddress                              | none",
  })
  void actions(String actions, String expected) {
    assertThat(IamAccess.actions(List.of(actions.split(" "))).map(Relation::label)).isEqualTo(Optional.ofNullable(expected));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "none", value = {
      "DynamoDBCrudPolicy           | reads/writes",
      "DynamoDBReadPolicy           | reads",
      "DynamoDBWritePolicy          | writes",
      "S3ReadPolicy                 | reads",
      "SQSSendMessagePolicy         | writes",
      "SQSPollerPolicy              | reads",
      "SNSPublishMessagePolicy      | writes",
      "LambdaInvokePolicy           | invokes",
      "StepFunctionsExecutionPolicy | invokes",
      "VPCAccessPolicy              | none",
  })
  void samPolicyTemplates(String name, String expected) {
    assertThat(IamAccess.template(name).map(Relation::label)).isEqualTo(Optional.ofNullable(expected));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "none", value = {
      "Allow | Action    | reads",
      "Deny  | Action    | none",
      "Allow | NotAction | none",
  })
  void onlyAllowStatementsWithActionsGrant(String effect, String key, String expected) {
    assertThat(IamAccess.statement(Fixtures.map("Effect", effect, key, Fixtures.list("s3:GetObject"), "Resource", "*"))
        .map(Relation::label)).isEqualTo(Optional.ofNullable(expected));
  }

  private static final Resource ROLE = Fixtures.resource("t.yaml", 1, "Role", "AWS::IAM::Role", Fixtures.map(
      "Policies", Fixtures.list(Fixtures.map("PolicyDocument", Fixtures.map("Statement", Fixtures.list(
          Fixtures.map("Effect", "Allow", "Action", Fixtures.list("s3:GetObject"), "Resource",
              Fixtures.list(Fixtures.ref("Bucket")))))))));

  @Test
  void aGrantIsFoundFromTheStatementOrPolicyTemplateItsPathNames() {
    String statement = "Properties.Policies[0].PolicyDocument.Statement[0]";
    assertThat(IamAccess.grant(ROLE, statement + ".Resource[0]").map(Relation::label)).hasValue("reads");
    assertThat(IamAccess.grant(ROLE, statement + ".Resource")).map(Relation::label).hasValue("reads");
    assertThat(IamAccess.grant(ROLE, statement + ".NotResource[0]")).isEmpty();
    assertThat(IamAccess.grant(ROLE, statement + ".Resources[0]")).isEmpty();
    assertThat(IamAccess.grant(ROLE, statement + ".Condition.Resource")).isEmpty();
    assertThat(IamAccess.grant(ROLE, "Properties.Policies[0].DynamoDBCrudPolicy.TableName").map(Relation::label))
        .hasValue("reads/writes");
    // '.' matches no line terminator, so a path holding one never named a statement or a policy template
    assertThat(IamAccess.grant(ROLE, statement + ".Resource[0]\n")).isEmpty();
    assertThat(IamAccess.grant(ROLE, "Properties.Policies[0].DynamoDBCrudPolicy.Table\u2028Name")).isEmpty();
  }

  @Test
  void aLongPathWithALineBreakIsRefusedInLinearTime() {
    // a template key can hold ".Statement.Resource" many times and a line break: STATEMENT then tried the rest of the
    // path from each occurrence (160,000 characters took 1.4 s, and it grows with the square)
    String path = "Properties." + ".Statement.Resource".repeat(30_000) + "\n.x";
    assertThat(assertTimeoutPreemptively(Duration.ofSeconds(2), () -> IamAccess.grant(ROLE, path))).isEmpty();
  }
}

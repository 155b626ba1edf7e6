package io.github.stackdocs.render.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.render.Fixtures;
import java.util.List;
import java.util.Optional;
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
}

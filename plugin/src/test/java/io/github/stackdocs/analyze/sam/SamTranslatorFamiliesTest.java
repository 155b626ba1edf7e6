package io.github.stackdocs.analyze.sam;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.analyze.Stacks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The logical ids predicted for WebSocket and GraphQL APIs, connectors, capacity providers and API stages. */
class SamTranslatorFamiliesTest {
  private static List<String> ids(String yaml) {
    return new SamTranslator().translate(Stacks.read("s", yaml)).allByType().keySet().stream()
        .map(ImplicitResource::displayId).sorted().toList();
  }

  @Test
  void webSocketApiRoutesAreCapitalizedAsPythonDoes() {
    assertThat(ids("""
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Ws:
            Type: AWS::Serverless::WebSocketApi
            Properties:
              RouteSelectionExpression: $request.body.action
              Auth: {AuthType: CUSTOM, AuthArn: arn:aws:lambda:f}
              Routes:
                $connect: {FunctionArn: arn:aws:lambda:f}
                sendMessage: {FunctionArn: arn:aws:lambda:f}
        """)).containsExactly("Ws", "WsAuthorizerPermission", "WsConnectAuthorizer", "WsConnectIntegration",
        "WsConnectPermission", "WsConnectRoute", "WsDefaultStage", "WsSendmessageIntegration",
        "WsSendmessagePermission", "WsSendmessageRoute");
  }

  @Test
  void graphQlApiDataSourcesWithoutRoleGetARoleAndAConnectorPolicy() {
    assertThat(ids("""
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Gql:
            Type: AWS::Serverless::GraphQLApi
            Properties:
              SchemaInline: "type Query { a: Int }"
              Auth: {Type: AWS_LAMBDA, LambdaAuthorizer: {AuthorizerUri: arn}}
              ApiKeys: {Key1: {}}
              DataSources:
                DynamoDb:
                  Todos: {TableName: t}
                  Owned: {TableName: t, ServiceRoleArn: arn:aws:iam::1:role/r}
              Functions:
                Fn: {DataSource: none, CodeUri: c, Runtime: {Name: APPSYNC_JS, Version: 1.0.0}}
              Resolvers:
                Query: {a: {Pipeline: [Fn]}}
        """)).containsExactly("Gql", "GqlCloudWatchRole", "GqlFn", "GqlKey1", "GqlNoneDataSource",
        "GqlOwnedDynamoDBDataSource", "GqlQuerya", "GqlSchema", "GqlToLambdaAuthConnector1WriteLambdaPermission",
        "GqlTodosDynamoDBDataSource", "GqlTodosDynamoDBDataSourceRole",
        "GqlTodosDynamoDBDataSourceToTableConnectorPolicy");
  }

  @Test
  void connectorsGrantAccessAsTheirProfileSays() {
    assertThat(ids("""
        Transform: AWS::Serverless-2016-10-31
        Resources:
          Topic:
            Type: AWS::SNS::Topic
            Connectors:
              ToQueue:
                Properties: {Destination: {Id: Queue}, Permissions: [Write]}
          Queue:
            Type: AWS::SQS::Queue
          Rule:
            Type: AWS::Events::Rule
          Fn:
            Type: AWS::Lambda::Function
          Both:
            Type: AWS::Serverless::Connector
            Properties:
              Source: {Id: Rule}
              Destination: [{Id: Fn}, {Id: Topic}]
              Permissions: [Write]
          Reads:
            Type: AWS::Serverless::Connector
            Properties:
              Source: {Id: Fn}
              Destination: {Id: Queue}
              Permissions: [Read]
        """)).containsExactly("BothTopicPolicyDestination1", "BothWriteLambdaPermissionDestination0",
        "ReadsPolicy", "TopicToQueueQueuePolicy");
  }

  @Test
  void stagesAndPermissionsFollowTheLiteralStageName() {
    assertThat(ids("""
        Transform: AWS::Serverless-2016-10-31
        Parameters:
          Stage: {Type: String, Default: prod}
        Resources:
          Literal:
            Type: AWS::Serverless::Api
            Properties: {StageName: live}
          FromParameter:
            Type: AWS::Serverless::Api
            Properties: {StageName: !Ref Stage}
          Hyphen:
            Type: AWS::Serverless::Api
            Properties: {StageName: hoge-fuga}
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Role: !If [HasRole, arn:aws:iam::1:role/r, !Ref AWS::NoValue]
              AutoPublishAlias: my_alias-1
              Events:
                A: {Type: Api, Properties: {RestApiId: !Ref Literal, Path: /, Method: get}}
                B: {Type: Api, Properties: {RestApiId: !Ref FromParameter, Path: /, Method: get}}
                C: {Type: Api, Properties: {RestApiId: Hyphen, Path: /, Method: get}}
          Cap:
            Type: AWS::Serverless::CapacityProvider
            Properties: {VpcConfig: {SubnetIds: [s]}}
        """)).contains("LiteralliveStage", "FromParameterStage", "HyphenStage<hash>", "FnAPermissionlive",
        "FnBPermissionStage", "FnCPermission<hash>", "FnRole", "FnAliasmyUaliasD1", "Cap", "CapOperatorRole");
  }
}

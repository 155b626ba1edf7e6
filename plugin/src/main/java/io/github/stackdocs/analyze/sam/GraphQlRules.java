package io.github.stackdocs.analyze.sam;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import java.util.ArrayList;
import java.util.List;

/** What {@code AWS::Serverless::GraphQLApi} becomes: the AppSync API and what its properties describe. */
final class GraphQlRules {
  private GraphQlRules() {}

  static SamResource graphQlApi(String id, MapNode props, SamValues values) {
    Implicit out = new Implicit();
    out.add(id, "AWS::AppSync::GraphQLApi", "");
    out.add(id + "Schema", "AWS::AppSync::GraphQLSchema", "schema");
    Node logging = props.get("Logging");
    boolean noLogging = values.text(logging).filter("false"::equalsIgnoreCase).isPresent();
    if (!noLogging && !SamValues.has(SamValues.map(logging), "CloudWatchLogsRoleArn")) {
      out.add(id + "CloudWatchRole", "AWS::IAM::Role", "logging (no CloudWatchLogsRoleArn given)");
    }
    SamValues.map(props, "ApiKeys").entries().keySet()
        .forEach(key -> out.add(id + key, "AWS::AppSync::ApiKey", "ApiKeys " + key));
    if (SamValues.has(props, "Cache")) {
      out.add(id + "ApiCache", "AWS::AppSync::ApiCache", "Cache");
    }
    if (SamValues.has(props, "DomainName")) {
      out.add(id + "DomainName", "AWS::AppSync::DomainName", "DomainName");
      out.add(id + "DomainNameApiAssociation", "AWS::AppSync::DomainNameApiAssociation", "DomainName");
    }
    MapNode dataSources = SamValues.map(props, "DataSources");
    dataSource(id, SamValues.map(dataSources, "DynamoDb"), "DynamoDBDataSource", "ToTableConnectorPolicy", out);
    dataSource(id, SamValues.map(dataSources, "Lambda"), "LambdaDataSource", "ToLambdaConnectorPolicy", out);
    SamValues.map(props, "Functions").entries().forEach((name, node) -> {
      MapNode function = SamValues.map(node);
      if (SamValues.has(function, "Id")) {
        return; // an existing function configuration
      }
      out.add(id + name, "AWS::AppSync::FunctionConfiguration", "function " + name);
      if (values.text(function, "DataSource").filter("NONE"::equalsIgnoreCase).isPresent()) {
        out.add(id + "NoneDataSource", "AWS::AppSync::DataSource", "function " + name + " with DataSource NONE");
      }
    });
    SamValues.map(props, "Resolvers").entries().forEach((type, fields) -> SamValues.map(fields).entries().keySet()
        .forEach(field -> out.add(id + type + field, "AWS::AppSync::Resolver", "resolver " + type + "." + field)));
    lambdaAuthorizers(id, SamValues.map(props, "Auth"), values, out);
    return new SamResource(id, SamTranslator.GRAPHQL_API, List.of(), out.list());
  }

  /** A data source; without {@code ServiceRoleArn} the transform adds a role and a connector policy for it. */
  private static void dataSource(String id, MapNode sources, String suffix, String policy, Implicit out) {
    sources.entries().forEach((name, node) -> {
      String ds = id + name + suffix;
      out.add(ds, "AWS::AppSync::DataSource", "data source " + name);
      if (!SamValues.has(SamValues.map(node), "ServiceRoleArn")) {
        out.add(ds + "Role", "AWS::IAM::Role", "data source " + name + " (no ServiceRoleArn given)");
        out.add(ds + policy, "AWS::IAM::ManagedPolicy", "data source " + name + " (no ServiceRoleArn given)");
      }
    });
  }

  /** Each {@code AWS_LAMBDA} authorization (the default, then the additional ones) gets a Lambda permission. */
  private static void lambdaAuthorizers(String id, MapNode auth, SamValues values, Implicit out) {
    List<MapNode> all = new ArrayList<>();
    all.add(auth);
    if (auth.get("Additional") instanceof ListNode additional) {
      additional.items().forEach(i -> all.add(SamValues.map(i)));
    }
    int n = 0;
    for (MapNode a : all) {
      if (values.text(a, "Type").filter("AWS_LAMBDA"::equals).isPresent()) {
        n++;
        out.add(id + "ToLambdaAuthConnector" + n + "WriteLambdaPermission", "AWS::Lambda::Permission",
            "Lambda authorizer " + n);
      }
    }
  }
}

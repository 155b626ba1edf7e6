package io.github.stackdocs.analyze.sam;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What {@code AWS::Serverless::Api} and {@code AWS::Serverless::HttpApi} (explicit or implicit) become. */
final class ApiRules {
  private ApiRules() {}

  static SamResource restApi(String id, MapNode props, SamValues values, Implicit shared) {
    return restApi(id, props, values, shared, null);
  }

  /** {@code defaultStage}: the stage name when none is given (the implicit API's {@code Prod}). */
  static SamResource restApi(String id, MapNode props, SamValues values, Implicit shared, String defaultStage) {
    Implicit out = new Implicit();
    out.add(id, "AWS::ApiGateway::RestApi", "");
    out.addHashed(id + "Deployment", "AWS::ApiGateway::Deployment", "deployment of the API definition");
    Optional<String> stage = values.text(props, "StageName").or(() -> Optional.ofNullable(defaultStage));
    stage.ifPresent(s -> out.add(id + SamValues.alnum(s) + "Stage", "AWS::ApiGateway::Stage", "stage " + s));
    MapNode auth = SamValues.map(props, "Auth");
    authorizerPermissions(id, SamValues.map(auth, "Authorizers"), values, out);
    MapNode usagePlan = SamValues.map(auth, "UsagePlan");
    String create = values.text(usagePlan, "CreateUsagePlan").orElse("NONE");
    if (create.equals("PER_API")) {
      out.add(id + "UsagePlan", "AWS::ApiGateway::UsagePlan", "Auth.UsagePlan PER_API");
      out.add(id + "ApiKey", "AWS::ApiGateway::ApiKey", "Auth.UsagePlan PER_API");
      out.add(id + "UsagePlanKey", "AWS::ApiGateway::UsagePlanKey", "Auth.UsagePlan PER_API");
    } else if (create.equals("SHARED")) {
      shared.add("ServerlessUsagePlan", "AWS::ApiGateway::UsagePlan", "Auth.UsagePlan SHARED");
      shared.add("ServerlessApiKey", "AWS::ApiGateway::ApiKey", "Auth.UsagePlan SHARED");
      shared.add("ServerlessUsagePlanKey", "AWS::ApiGateway::UsagePlanKey", "Auth.UsagePlan SHARED");
    }
    domain(id, SamValues.map(props, "Domain"), values, out, "ApiGatewayDomainName",
        "AWS::ApiGateway::DomainName", "BasePathMapping", "AWS::ApiGateway::BasePathMapping");
    return new SamResource(id, SamTranslator.API, List.of(), out.list());
  }

  static SamResource httpApi(String id, MapNode props, SamValues values) {
    Implicit out = new Implicit();
    out.add(id, "AWS::ApiGatewayV2::Api", "");
    String stage = values.text(props, "StageName").orElse("$default");
    if (stage.equals("$default")) {
      out.add(id + "ApiGatewayDefaultStage", "AWS::ApiGatewayV2::Stage", "default stage");
    } else {
      out.add(id + SamValues.alnum(stage) + "Stage", "AWS::ApiGatewayV2::Stage", "stage " + stage);
    }
    authorizerPermissions(id, SamValues.map(SamValues.map(props, "Auth"), "Authorizers"), values, out);
    domain(id, SamValues.map(props, "Domain"), values, out, "ApiGatewayDomainNameV2",
        "AWS::ApiGatewayV2::DomainName", "ApiMapping", "AWS::ApiGatewayV2::ApiMapping");
    return new SamResource(id, SamTranslator.HTTP_API, List.of(), out.list());
  }

  /** Lambda authorizers ({@code FunctionArn}) get a permission for API Gateway to call them. */
  private static void authorizerPermissions(String id, MapNode authorizers, SamValues values, Implicit out) {
    authorizers.entries().forEach((name, node) -> {
      if (SamValues.has(SamValues.map(node), "FunctionArn")) {
        out.add(id + name + "AuthorizerPermission", "AWS::Lambda::Permission", "authorizer " + name);
      }
    });
  }

  private static void domain(String id, MapNode domain, SamValues values, Implicit out, String domainPrefix,
      String domainType, String mappingSuffix, String mappingType) {
    if (!SamValues.has(domain, "DomainName")) {
      return;
    }
    out.addHashed(domainPrefix, domainType, "Domain");
    List<String> basePaths = new ArrayList<>();
    Node bp = domain.get("BasePath");
    if (bp instanceof ListNode list) {
      list.items().forEach(i -> values.text(i).ifPresent(basePaths::add));
    } else {
      values.text(bp).ifPresent(basePaths::add);
    }
    if (basePaths.isEmpty()) {
      out.add(id + mappingSuffix, mappingType, "Domain");
    }
    for (String path : basePaths) {
      out.add(id + SamValues.alnum(path) + mappingSuffix, mappingType, "Domain base path " + path);
    }
    if (SamValues.has(domain, "Route53")) {
      out.addHashed("RecordSetGroup", "AWS::Route53::RecordSetGroup", "Domain.Route53");
    }
  }
}

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
    if (SamValues.has(props, "StageName")) {
      stage(id, SamValues.literal(props, "StageName"), "AWS::ApiGateway::Stage", out);
    } else if (defaultStage != null) {
      stage(id, Optional.of(defaultStage), "AWS::ApiGateway::Stage", out);
    }
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
    MapNode domain = SamValues.map(props, "Domain");
    if (values.text(domain, "EndpointConfiguration").filter("PRIVATE"::equals).isPresent()) {
      domain(id, domain, values, out, "ApiGatewayDomainNameV2", "AWS::ApiGateway::DomainNameV2", "BasePathMapping",
          "AWS::ApiGateway::BasePathMappingV2");
      if (SamValues.has(domain, "DomainName") && SamValues.has(domain, "AccessAssociation")) {
        out.addHashed("DomainNameAccessAssociation", "AWS::ApiGateway::DomainNameAccessAssociation",
            "Domain.AccessAssociation");
      }
    } else {
      domain(id, domain, values, out, "ApiGatewayDomainName", "AWS::ApiGateway::DomainName", "BasePathMapping",
          "AWS::ApiGateway::BasePathMapping");
    }
    return new SamResource(id, SamTranslator.API, List.of(), out.list());
  }

  static SamResource httpApi(String id, MapNode props, SamValues values) {
    Implicit out = new Implicit();
    out.add(id, "AWS::ApiGatewayV2::Api", "");
    if (!SamValues.has(props, "StageName") || SamValues.literal(props, "StageName").orElse("").equals("$default")) {
      out.add(id + "ApiGatewayDefaultStage", "AWS::ApiGatewayV2::Stage", "default stage");
    } else {
      stage(id, SamValues.literal(props, "StageName"), "AWS::ApiGatewayV2::Stage", out);
    }
    authorizerPermissions(id, SamValues.map(SamValues.map(props, "Auth"), "Authorizers"), values, out);
    domain(id, SamValues.map(props, "Domain"), values, out, "ApiGatewayDomainNameV2",
        "AWS::ApiGatewayV2::DomainName", "ApiMapping", "AWS::ApiGatewayV2::ApiMapping");
    return new SamResource(id, SamTranslator.HTTP_API, List.of(), out.list());
  }

  /**
   * What {@code AWS::Serverless::WebSocketApi} becomes: the API, per route a route, an integration and a
   * permission ({@code $connect} → {@code Connect}, other keys capitalized as Python does), a stage
   * ({@code default} unless named), a {@code $connect} authorizer for {@code AuthType: CUSTOM}, and a domain.
   */
  static SamResource webSocketApi(String id, MapNode props, SamValues values) {
    Implicit out = new Implicit();
    out.add(id, "AWS::ApiGatewayV2::Api", "");
    MapNode routes = SamValues.map(props, "Routes");
    routes.entries().keySet().forEach(key -> {
      String name = key.startsWith("$") ? capitalize(key.substring(1)) : capitalize(key);
      String why = "route " + key;
      out.add(id + name + "Route", "AWS::ApiGatewayV2::Route", why);
      out.add(id + name + "Integration", "AWS::ApiGatewayV2::Integration", why);
      out.add(id + name + "Permission", "AWS::Lambda::Permission", why);
    });
    domain(id, SamValues.map(props, "Domain"), values, out, "ApiGatewayDomainNameV2",
        "AWS::ApiGatewayV2::DomainName", "ApiMapping", "AWS::ApiGatewayV2::ApiMapping");
    Optional<String> stage = SamValues.literal(props, "StageName");
    if (!SamValues.has(props, "StageName") || stage.filter("default"::equals).isPresent()) {
      out.add(id + "DefaultStage", "AWS::ApiGatewayV2::Stage", "default stage");
    } else {
      stage(id, stage, "AWS::ApiGatewayV2::Stage", out);
    }
    MapNode auth = SamValues.map(props, "Auth");
    if (values.text(auth, "AuthType").filter("CUSTOM"::equals).isPresent() && routes.has("$connect")
        && SamValues.has(auth, "AuthArn")) {
      out.add(id + "ConnectAuthorizer", "AWS::ApiGatewayV2::Authorizer", "Auth CUSTOM");
      if (!SamValues.has(auth, "InvokeRole")) {
        out.add(id + "AuthorizerPermission", "AWS::Lambda::Permission", "Auth CUSTOM");
      }
    }
    return new SamResource(id, SamTranslator.WEBSOCKET_API, List.of(), out.list());
  }

  /** Python's {@code str.capitalize}: first letter upper case, the rest lower case. */
  private static String capitalize(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
        + s.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * A stage named as written: {@code <api><name>Stage}; a name with other characters than letters and digits
   * gets a hash instead ({@code <api>Stage<hash>}); a name that is not a literal (a parameter) gives
   * {@code <api>Stage}.
   */
  private static void stage(String id, Optional<String> name, String type, Implicit out) {
    if (name.isEmpty()) {
      out.add(id + "Stage", type, "stage");
    } else if (SamValues.alnum(name.get()).equals(name.get())) {
      out.add(id + name.get() + "Stage", type, "stage " + name.get());
    } else {
      out.addHashed(id + "Stage", type, "stage " + name.get());
    }
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

package io.github.stackdocs.analyze.sam;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Predicts what the SAM transform ({@code AWS::Serverless-2016-10-31}) makes of a template: for each
 * {@code AWS::Serverless::*} resource its events and the resources CloudFormation will create, with the
 * logical ids the SAM translator gives them, so that deployed resources can be matched. Offline and
 * deterministic; a prediction, not a translation (properties are not computed). Stateless.
 */
public final class SamTranslator {
  public static final String FUNCTION = "AWS::Serverless::Function";
  public static final String API = "AWS::Serverless::Api";
  public static final String HTTP_API = "AWS::Serverless::HttpApi";
  public static final String SIMPLE_TABLE = "AWS::Serverless::SimpleTable";
  public static final String STATE_MACHINE = "AWS::Serverless::StateMachine";
  public static final String LAYER_VERSION = "AWS::Serverless::LayerVersion";
  public static final String APPLICATION = "AWS::Serverless::Application";
  public static final String WEBSOCKET_API = "AWS::Serverless::WebSocketApi";
  public static final String GRAPHQL_API = "AWS::Serverless::GraphQLApi";
  public static final String CONNECTOR = "AWS::Serverless::Connector";
  public static final String CAPACITY_PROVIDER = "AWS::Serverless::CapacityProvider";

  /** The implicit REST API every {@code Api} event without a {@code RestApiId} goes to. */
  public static final String IMPLICIT_REST_API = "ServerlessRestApi";
  /** The implicit HTTP API every {@code HttpApi} event without an {@code ApiId} goes to. */
  public static final String IMPLICIT_HTTP_API = "ServerlessHttpApi";

  private static final java.util.Map<String, String> GLOBALS_KEYS = java.util.Map.of(FUNCTION, "Function", API, "Api",
      HTTP_API, "HttpApi", SIMPLE_TABLE, "SimpleTable", STATE_MACHINE, "StateMachine", WEBSOCKET_API, "WebSocketApi",
      CAPACITY_PROVIDER, "CapacityProvider");

  /** The key of {@code Globals} that applies to a SAM type ({@code Function} ...), or null. */
  static String globalsKey(String type) {
    return GLOBALS_KEYS.get(type);
  }

  /**
   * The resource as the SAM transform sees it: for an {@code AWS::Serverless::*} resource, the template's
   * {@code Globals} for its kind merged into its properties (SAM's rules); any other resource as it is.
   */
  public static Resource withGlobals(Stack stack, Resource r) {
    String key = GLOBALS_KEYS.get(r.type());
    if (key == null || stack.globals().isEmpty()) {
      return r;
    }
    MapNode merged = new SamValues(stack).properties(r.properties(), key);
    return merged == r.properties() ? r : r.withProperties(merged);
  }

  /** The prediction for a stack; empty for templates without SAM resources. Never throws for bad input. */
  public SamApplication translate(Stack stack) {
    SamValues values = new SamValues(stack);
    Map<String, SamResource> resources = new LinkedHashMap<>();
    List<Finding> findings = new ArrayList<>();
    Implicit restApi = new Implicit();
    Implicit httpApi = new Implicit();
    Implicit functionShared = new Implicit();
    Implicit apiShared = new Implicit();
    Implicit embedded = new Implicit();
    ConnectorRules connectors = new ConnectorRules(stack, values);
    for (Resource r : stack.resources()) {
      r.connectors().ifPresent(all -> all.entries().forEach((name, c) -> connectors.connector(r.logicalId() + name,
          r.type(), SamValues.map(SamValues.map(c), "Properties"), embedded)));
      if (!r.type().startsWith("AWS::Serverless::")) {
        continue;
      }
      try {
        Context c = new Context(stack, values, r, restApi, httpApi, functionShared, apiShared);
        resources.put(r.logicalId(), switch (r.type()) {
          case FUNCTION -> function(c);
          case STATE_MACHINE -> stateMachine(c);
          case API -> ApiRules.restApi(r.logicalId(), values.properties(r.properties(), "Api"), values, apiShared);
          case HTTP_API -> ApiRules.httpApi(r.logicalId(), values.properties(r.properties(), "HttpApi"), values);
          case WEBSOCKET_API -> ApiRules.webSocketApi(r.logicalId(), values.properties(r.properties(), "WebSocketApi"),
              values);
          case GRAPHQL_API -> GraphQlRules.graphQlApi(r.logicalId(), r.properties(), values);
          case CONNECTOR -> connector(r, connectors);
          case CAPACITY_PROVIDER -> capacityProvider(r, values.properties(r.properties(), "CapacityProvider"));
          case SIMPLE_TABLE -> single(r, "AWS::DynamoDB::Table");
          case APPLICATION -> single(r, "AWS::CloudFormation::Stack");
          case LAYER_VERSION -> new SamResource(r.logicalId(), r.type(), List.of(),
              List.of(new ImplicitResource(r.logicalId(), "AWS::Lambda::LayerVersion", true, "")));
          default -> new SamResource(r.logicalId(), r.type(), List.of(), List.of());
        });
      } catch (RuntimeException e) {
        findings.add(Finding.warn("sam-prediction", "cannot predict what the SAM transform makes of "
            + r.logicalId() + " (" + r.type() + "): " + e, r.location(), stack.name()));
      }
    }
    Map<String, List<ImplicitResource>> shared = new LinkedHashMap<>();
    if (!restApi.isEmpty() && !resources.containsKey(IMPLICIT_REST_API)) {
      SamResource implicit = ApiRules.restApi(IMPLICIT_REST_API,
          values.properties(SamValues.map((Node) null), "Api"), values, apiShared, "Prod");
      shared.put(API, implicit.implicit());
    }
    if (!httpApi.isEmpty() && !resources.containsKey(IMPLICIT_HTTP_API)) {
      shared.put(HTTP_API, ApiRules.httpApi(IMPLICIT_HTTP_API,
          values.properties(SamValues.map((Node) null), "HttpApi"), values).implicit());
    }
    if (!apiShared.isEmpty()) {
      shared.merge(API, apiShared.list(), SamTranslator::concat);
    }
    if (!functionShared.isEmpty()) {
      shared.put(FUNCTION, functionShared.list());
    }
    if (!embedded.isEmpty()) {
      shared.merge(CONNECTOR, embedded.list(), SamTranslator::concat);
    }
    return new SamApplication(resources, shared, findings);
  }

  private static List<ImplicitResource> concat(List<ImplicitResource> a, List<ImplicitResource> b) {
    List<ImplicitResource> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private record Context(Stack stack, SamValues values, Resource resource, Implicit restApi, Implicit httpApi,
      Implicit functionShared, Implicit apiShared) {}

  private static SamResource single(Resource r, String type) {
    return new SamResource(r.logicalId(), r.type(), List.of(), List.of(new ImplicitResource(r.logicalId(), type,
        false, "")));
  }

  private static SamResource connector(Resource r, ConnectorRules connectors) {
    Implicit out = new Implicit();
    connectors.connector(r.logicalId(), connectors.type(SamValues.map(r.properties(), "Source")), r.properties(), out);
    return new SamResource(r.logicalId(), r.type(), List.of(), out.list());
  }

  private static SamResource capacityProvider(Resource r, MapNode props) {
    Implicit out = new Implicit();
    out.add(r.logicalId(), "AWS::Lambda::CapacityProvider", "");
    if (!SamValues.has(props, "OperatorRole")) {
      out.add(r.logicalId() + "OperatorRole", "AWS::IAM::Role", "operator role (no OperatorRole given)");
    }
    return new SamResource(r.logicalId(), r.type(), List.of(), out.list());
  }

  private static SamResource function(Context c) {
    String id = c.resource().logicalId();
    MapNode props = c.values().properties(c.resource().properties(), "Function");
    SamValues values = c.values();
    Implicit out = new Implicit();
    out.add(id, "AWS::Lambda::Function", "");
    if (!SamValues.has(props, "Role") || mayBeNoValue(props.get("Role"))) {
      out.add(id + "Role", "AWS::IAM::Role", "execution role (no Role given)");
    }
    String alias = values.text(props, "AutoPublishAlias").map(SamTranslator::aliasName).orElse("");
    if (!alias.isEmpty()) {
      out.addHashed(id + "Version", "AWS::Lambda::Version", "AutoPublishAlias");
      out.add(id + "Alias" + alias, "AWS::Lambda::Alias", "AutoPublishAlias");
      MapNode preference = SamValues.map(props, "DeploymentPreference");
      if (SamValues.has(props, "DeploymentPreference")
          && !values.text(preference, "Enabled").filter("false"::equalsIgnoreCase).isPresent()) {
        out.add(id + "DeploymentGroup", "AWS::CodeDeploy::DeploymentGroup", "DeploymentPreference");
        c.functionShared().add("ServerlessDeploymentApplication", "AWS::CodeDeploy::Application",
            "DeploymentPreference of " + id);
        if (!SamValues.has(preference, "Role")) {
          c.functionShared().add("CodeDeployServiceRole", "AWS::IAM::Role", "DeploymentPreference of " + id);
        }
      }
    }
    MapNode url = SamValues.map(props, "FunctionUrlConfig");
    if (SamValues.has(props, "FunctionUrlConfig")) {
      out.add(id + "Url", "AWS::Lambda::Url", "FunctionUrlConfig");
      if (values.text(url, "AuthType").filter("NONE"::equals).isPresent()) {
        out.add(id + "UrlPublicPermissions", "AWS::Lambda::Permission", "FunctionUrlConfig AuthType NONE");
        out.add(id + "URLInvokeAllowPublicAccess", "AWS::Lambda::Permission", "FunctionUrlConfig AuthType NONE");
      }
    }
    if (SamValues.has(props, "EventInvokeConfig")) {
      out.add(id + "EventInvokeConfig", "AWS::Lambda::EventInvokeConfig", "EventInvokeConfig");
      MapNode destinations = SamValues.map(SamValues.map(props, "EventInvokeConfig"), "DestinationConfig");
      for (String on : List.of("OnSuccess", "OnFailure")) {
        MapNode d = SamValues.map(destinations, on);
        String type = values.text(d, "Type").orElse("");
        boolean conditional = d.get("Destination") instanceof MapNode m && m.has("Fn::If"); // may be created
        if ((!SamValues.has(d, "Destination") || conditional) && (type.equals("SQS") || type.equals("SNS"))) {
          out.add(id + "EventInvokeConfig" + on + (type.equals("SQS") ? "Queue" : "Topic"),
              type.equals("SQS") ? "AWS::SQS::Queue" : "AWS::SNS::Topic", "EventInvokeConfig " + on);
        }
      }
    }
    List<SamEvent> events = events(c, props, (event, type, eventProps) -> {
      EventRules.function(id, event, type, eventProps, values, out, apiStage(c, eventProps));
      implicitApis(c, type, eventProps);
    });
    return new SamResource(id, c.resource().type(), events, out.list());
  }

  /** The translator's alias logical-id part: {@code _} → {@code U}, {@code -} → {@code D}, other signs dropped. */
  private static String aliasName(String alias) {
    return SamValues.alnum(alias.replace("_", "U").replace("-", "D"));
  }

  /** A {@code Fn::If} with an {@code AWS::NoValue} branch: the role may be left out, so the transform adds one. */
  private static boolean mayBeNoValue(Node node) {
    return node instanceof MapNode m && m.get("Fn::If") instanceof Node.ListNode l && l.items().stream()
        .anyMatch(i -> i instanceof MapNode b && b.get("Ref") instanceof Node.ScalarNode r
            && r.text().equals("AWS::NoValue"));
  }

  /**
   * The stage an {@code Api} event's permission is named after: the implicit API's {@code Prod}, else the
   * literal stage name of the {@code AWS::Serverless::Api} its {@code RestApiId} refers to ({@code Stage} when
   * not a literal); empty when the name has other characters than letters and digits (the translator hashes).
   */
  private static java.util.Optional<String> apiStage(Context c, MapNode eventProps) {
    java.util.Optional<Resource> api = SamValues.ref(eventProps.get("RestApiId"))
        .or(() -> SamValues.literal(eventProps, "RestApiId")).flatMap(ref -> c.stack().resources()
        .stream().filter(r -> r.logicalId().equals(ref) && r.type().equals(API)).findFirst());
    if (api.isEmpty()) {
      return java.util.Optional.of("Prod");
    }
    MapNode props = c.values().properties(api.get().properties(), "Api");
    java.util.Optional<String> stage = SamValues.literal(props, "StageName");
    if (stage.isEmpty()) {
      return java.util.Optional.of("Stage");
    }
    return SamValues.alnum(stage.get()).equals(stage.get()) ? stage : java.util.Optional.empty();
  }

  private static SamResource stateMachine(Context c) {
    String id = c.resource().logicalId();
    MapNode props = c.values().properties(c.resource().properties(), "StateMachine");
    Implicit out = new Implicit();
    out.add(id, "AWS::StepFunctions::StateMachine", "");
    if (!SamValues.has(props, "Role")) {
      out.add(id + "Role", "AWS::IAM::Role", "execution role (no Role given)");
    }
    String alias = c.values().text(props, "AutoPublishAlias").map(SamValues::alnum).orElse("");
    if (!alias.isEmpty()) {
      out.add(id + "Version", "AWS::StepFunctions::StateMachineVersion", "AutoPublishAlias");
      out.add(id + "Alias" + alias, "AWS::StepFunctions::StateMachineAlias", "AutoPublishAlias");
    }
    List<SamEvent> events = events(c, props, (event, type, eventProps) -> {
      EventRules.stateMachine(id, event, type, eventProps, out);
      implicitApis(c, type, eventProps);
    });
    return new SamResource(id, c.resource().type(), events, out.list());
  }

  private static void implicitApis(Context c, String type, MapNode eventProps) {
    if (type.equals("Api") && !SamValues.has(eventProps, "RestApiId")) {
      c.restApi().add(IMPLICIT_REST_API, "", c.resource().logicalId());
    }
    if (type.equals("HttpApi") && !SamValues.has(eventProps, "ApiId")) {
      c.httpApi().add(IMPLICIT_HTTP_API, "", c.resource().logicalId());
    }
  }

  private interface EventVisitor {
    void visit(String name, String type, MapNode props);
  }

  private static List<SamEvent> events(Context c, MapNode props, EventVisitor visitor) {
    List<SamEvent> events = new ArrayList<>();
    if (!(props.get("Events") instanceof MapNode all)) {
      return events;
    }
    all.entries().forEach((name, node) -> {
      if (node instanceof MapNode event) {
        String type = c.values().text(event, "Type").orElse("");
        MapNode eventProps = SamValues.map(event, "Properties");
        visitor.visit(name, type, eventProps);
        events.add(new SamEvent(name, type, EventRules.shown(type, eventProps, c.values())));
      }
    });
    return events;
  }
}

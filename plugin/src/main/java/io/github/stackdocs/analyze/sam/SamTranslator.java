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

  /** The implicit REST API every {@code Api} event without a {@code RestApiId} goes to. */
  public static final String IMPLICIT_REST_API = "ServerlessRestApi";
  /** The implicit HTTP API every {@code HttpApi} event without an {@code ApiId} goes to. */
  public static final String IMPLICIT_HTTP_API = "ServerlessHttpApi";

  private static final java.util.Map<String, String> GLOBALS_KEYS = java.util.Map.of(FUNCTION, "Function", API, "Api",
      HTTP_API, "HttpApi", SIMPLE_TABLE, "SimpleTable", STATE_MACHINE, "StateMachine");

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
    return merged == r.properties() ? r : new Resource(r.logicalId(), r.type(), merged, r.dependsOn(), r.condition(),
        r.deletionPolicy(), r.updateReplacePolicy(), r.metadata(), r.creationPolicy(), r.updatePolicy(), r.location());
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
    for (Resource r : stack.resources()) {
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

  private static SamResource function(Context c) {
    String id = c.resource().logicalId();
    MapNode props = c.values().properties(c.resource().properties(), "Function");
    SamValues values = c.values();
    Implicit out = new Implicit();
    out.add(id, "AWS::Lambda::Function", "");
    if (!SamValues.has(props, "Role")) {
      out.add(id + "Role", "AWS::IAM::Role", "execution role (no Role given)");
    }
    String alias = values.text(props, "AutoPublishAlias").map(SamValues::alnum).orElse("");
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
      EventRules.function(id, event, type, eventProps, values, out);
      implicitApis(c, type, eventProps);
    });
    return new SamResource(id, c.resource().type(), events, out.list());
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

package io.github.stackdocs.analyze.security;

import io.github.stackdocs.analyze.sam.SamTranslator;
import io.github.stackdocs.analyze.security.Exposure.Kind;
import io.github.stackdocs.model.Binding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What of a stack is reachable from the internet: security-group rules open to {@code 0.0.0.0/0} or {@code ::/0}
 * (and EC2's default egress rule), internet-facing load balancers, public subnets and what runs in them, resource
 * policies that allow anyone without a condition, API Gateway methods and routes and SAM API events without
 * authorization, Lambda function URLs without authorization, publicly accessible databases and CloudFront
 * distributions.
 */
final class ExposureAnalyzer {
  /** Resources that only wire a subnet up; they do not run in it. */
  private static final Set<String> PLUMBING = Set.of("AWS::EC2::SubnetRouteTableAssociation",
      "AWS::EC2::SubnetNetworkAclAssociation", "AWS::EC2::SubnetCidrBlock", "AWS::EC2::Subnet");

  private final Project project;
  private final Targets targets;
  /** stack NUL group → true when a standalone egress rule (anywhere in the project) belongs to the group. */
  private final Set<String> standaloneEgress = new HashSet<>();
  /** stack NUL subnet → the resources (stack / id) whose properties name it; computed on first need. */
  private Map<String, Set<String>> subnetUsers;

  ExposureAnalyzer(Project project, Targets targets) {
    this.project = project;
    this.targets = targets;
    for (Stack s : project.stacks()) {
      for (Resource r : s.resources()) {
        if (r.type().equals("AWS::EC2::SecurityGroupEgress")) {
          targets.of(s, r.properties().get("GroupId")).stream().filter(Target::resolved)
              .forEach(t -> standaloneEgress.add(t.stack() + "\u0000" + t.logicalId()));
        }
      }
    }
  }

  List<Exposure> exposures(Stack stack, List<AccessRow> access) {
    List<Exposure> out = new ArrayList<>();
    Map<String, List<String>> internetRoutes = internetRoutes(stack);
    for (Resource r : stack.resources()) {
      Node.MapNode p = r.properties();
      switch (r.type()) {
        case "AWS::EC2::SecurityGroup" -> securityGroup(stack, r, out);
        case "AWS::EC2::SecurityGroupIngress", "AWS::EC2::SecurityGroupEgress" -> SecurityGroupRules.world(p)
            .ifPresent(cidr -> {
              boolean in = r.type().endsWith("Ingress");
              String group = targets.one(stack, p.get("GroupId")).text();
              add(out, stack, r, in ? Kind.INGRESS : Kind.EGRESS, SecurityGroupRules.ports(p) + (in ? " from " : " to ")
                  + cidr + " (group " + group + ")");
            });
        case "AWS::ElasticLoadBalancingV2::LoadBalancer" -> loadBalancer(stack, r, out);
        case "AWS::ElasticLoadBalancing::LoadBalancer" -> classicLoadBalancer(stack, r, out);
        case "AWS::EC2::Subnet" -> subnet(stack, r, internetRoutes, out);
        case "AWS::ApiGateway::Method" -> method(stack, r, out);
        case "AWS::ApiGatewayV2::Route" -> {
          String auth = Node.text(p.get("AuthorizationType")).orElse(p.has("AuthorizationType") ? "?" : "NONE");
          if (auth.equals("NONE")) {
            add(out, stack, r, Kind.API_WITHOUT_AUTH, Node.text(p.get("RouteKey")).orElse(Targets.shown(
                p.get("RouteKey") == null ? Node.string("?", r.location()) : p.get("RouteKey")))
                + " (AuthorizationType NONE" + (p.has("AuthorizationType") ? "" : " by default") + ")");
          }
        }
        case "AWS::Serverless::Function" -> samFunction(stack, r, out);
        case "AWS::Lambda::Url" -> {
          if (Node.text(p.get("AuthType")).filter("NONE"::equals).isPresent()) {
            add(out, stack, r, Kind.FUNCTION_URL, "AuthType NONE for function "
                + targets.one(stack, p.get("TargetFunctionArn")).text());
          }
        }
        case "AWS::RDS::DBInstance", "AWS::RDS::DBCluster", "AWS::Redshift::Cluster" -> {
          if (Node.text(p.get("PubliclyAccessible")).filter("true"::equalsIgnoreCase).isPresent()) {
            add(out, stack, r, Kind.PUBLIC_DATABASE, "PubliclyAccessible true"
                + Node.text(p.get("Engine")).map(e -> ", engine " + e).orElse("")
                + Node.text(p.get("Port")).map(e -> ", port " + e).orElse(""));
          }
        }
        case "AWS::CloudFront::Distribution" -> cloudFront(stack, r, out);
        default -> { }
      }
    }
    for (AccessRow a : access) {
      if (a.allows() && a.flags().contains(AccessRow.Flag.PUBLIC) && !a.conditional()
          && !a.holderType().startsWith("AWS::IAM::")) {
        Resource holder = stack.resource(a.holder()).orElseThrow();
        add(out, stack, holder, Kind.PUBLIC_POLICY, "anyone may " + (a.notAction() ? "all but " : "")
            + String.join(", ", a.actions()) + " on " + String.join(", ", a.resources().stream().map(Target::text)
            .toList()) + " (" + a.source() + ", no condition)");
      }
    }
    out.sort(java.util.Comparator.comparing(Exposure::kind).thenComparing(Exposure::resource)
        .thenComparing(Exposure::location).thenComparing(Exposure::detail));
    return out;
  }

  private void add(List<Exposure> out, Stack stack, Resource r, Kind kind, String detail) {
    out.add(new Exposure(r.logicalId(), r.type(), kind, detail, condition(stack, r), r.location()));
  }

  /** The resource's condition when the environment does not decide it. */
  static String condition(Stack stack, Resource r) {
    if (r.condition().isEmpty()) {
      return "";
    }
    return stack.binding().map(b -> b.condition(r.condition())).orElse(Binding.Truth.UNKNOWN) == Binding.Truth.TRUE
        ? "" : r.condition();
  }

  // ---- security groups ----------------------------------------------------------------------------

  private void securityGroup(Stack stack, Resource r, List<Exposure> out) {
    Node.MapNode p = r.properties();
    if (p.get("SecurityGroupIngress") instanceof Node.ListNode in) {
      for (Node rule : in.items()) {
        SecurityGroupRules.world(rule).ifPresent(cidr -> add(out, stack, r, Kind.INGRESS,
            SecurityGroupRules.ports(rule) + " from " + cidr));
      }
    }
    if (p.get("SecurityGroupEgress") instanceof Node.ListNode eg) {
      for (Node rule : eg.items()) {
        SecurityGroupRules.world(rule).ifPresent(cidr -> add(out, stack, r, Kind.EGRESS,
            SecurityGroupRules.ports(rule) + " to " + cidr));
      }
    } else if (p.get("SecurityGroupEgress") == null
        && !standaloneEgress.contains(stack.name() + "\u0000" + r.logicalId())) {
      add(out, stack, r, Kind.EGRESS, "all traffic to 0.0.0.0/0 (EC2's default egress rule: the group declares none)");
    }
  }

  // ---- load balancers -----------------------------------------------------------------------------

  private void loadBalancer(Stack stack, Resource r, List<Exposure> out) {
    Node.MapNode p = r.properties();
    String type = Node.text(p.get("Type")).orElse("application");
    if (type.equals("gateway")) {
      return;
    }
    Node scheme = p.get("Scheme");
    String schemeText = scheme == null ? "" : Node.text(scheme).orElse("");
    if (schemeText.equals("internal")) {
      return;
    }
    List<String> listeners = new ArrayList<>();
    for (Resource l : stack.resources()) {
      if (l.type().equals("AWS::ElasticLoadBalancingV2::Listener")
          && targets.of(stack, l.properties().get("LoadBalancerArn")).stream().anyMatch(t -> t.logicalId().equals(r.logicalId()))) {
        listeners.add(Node.text(l.properties().get("Protocol")).orElse(type.equals("network") ? "TCP" : "HTTP") + " "
            + Node.text(l.properties().get("Port")).orElse("?"));
      }
    }
    add(out, stack, r, Kind.LOAD_BALANCER, type + " load balancer, " + (scheme == null ? "Scheme internet-facing by default"
        : schemeText.isEmpty() ? "Scheme " + Targets.shown(scheme) + " decided at deploy time" : "Scheme " + schemeText)
        + (listeners.isEmpty() ? "" : ", listeners " + String.join(", ", new TreeSet<>(listeners))));
  }

  private void classicLoadBalancer(Stack stack, Resource r, List<Exposure> out) {
    Node.MapNode p = r.properties();
    Node scheme = p.get("Scheme");
    String schemeText = scheme == null ? "" : Node.text(scheme).orElse("");
    if (schemeText.equals("internal")) {
      return;
    }
    Set<String> listeners = new TreeSet<>();
    if (p.get("Listeners") instanceof Node.ListNode l) {
      for (Node item : l.items()) {
        if (item instanceof Node.MapNode m) {
          listeners.add(Node.text(m.get("Protocol")).orElse("?") + " " + Node.text(m.get("LoadBalancerPort")).orElse("?"));
        }
      }
    }
    add(out, stack, r, Kind.LOAD_BALANCER, "classic load balancer, " + (scheme == null
        ? "Scheme internet-facing by default" : schemeText.isEmpty() ? "Scheme " + Targets.shown(scheme)
        + " decided at deploy time" : "Scheme " + schemeText)
        + (listeners.isEmpty() ? "" : ", listeners " + String.join(", ", listeners)));
  }

  // ---- public subnets -----------------------------------------------------------------------------

  /** Route table → the internet gateways its default routes go to. */
  private Map<String, List<String>> internetRoutes(Stack stack) {
    Map<String, List<String>> out = new HashMap<>();
    for (Resource r : stack.resources()) {
      if (!r.type().equals("AWS::EC2::Route")) {
        continue;
      }
      Node.MapNode p = r.properties();
      boolean everywhere = Node.text(p.get("DestinationCidrBlock")).filter("0.0.0.0/0"::equals).isPresent()
          || Node.text(p.get("DestinationIpv6CidrBlock")).filter("::/0"::equals).isPresent();
      if (!everywhere || p.get("GatewayId") == null) {
        continue;
      }
      Target gateway = targets.one(stack, p.get("GatewayId"));
      boolean igw = gateway.resolved() ? project.stack(gateway.stack()).flatMap(s -> s.resource(gateway.logicalId()))
          .filter(g -> g.type().equals("AWS::EC2::InternetGateway")).isPresent() : gateway.text().startsWith("igw-");
      if (igw) {
        for (Target table : targets.of(stack, p.get("RouteTableId"))) {
          if (table.resolved() && table.stack().equals(stack.name())) {
            out.computeIfAbsent(table.logicalId(), k -> new ArrayList<>()).add(gateway.text());
          }
        }
      }
    }
    return out;
  }

  private void subnet(Stack stack, Resource r, Map<String, List<String>> internetRoutes, List<Exposure> out) {
    List<String> why = new ArrayList<>();
    if (Node.text(r.properties().get("MapPublicIpOnLaunch")).filter("true"::equalsIgnoreCase).isPresent()) {
      why.add("MapPublicIpOnLaunch true");
    }
    for (Resource a : stack.resources()) {
      if (a.type().equals("AWS::EC2::SubnetRouteTableAssociation")
          && targets.of(stack, a.properties().get("SubnetId")).stream().anyMatch(t -> t.logicalId().equals(r.logicalId()))) {
        for (Target table : targets.of(stack, a.properties().get("RouteTableId"))) {
          List<String> gateways = internetRoutes.get(table.logicalId());
          if (gateways != null) {
            why.add("route table " + table.logicalId() + " routes to internet gateway "
                + String.join(", ", new TreeSet<>(gateways)));
          }
        }
      }
    }
    if (why.isEmpty()) {
      return;
    }
    Set<String> users = users().getOrDefault(stack.name() + "\u0000" + r.logicalId(), Set.of());
    add(out, stack, r, Kind.PUBLIC_SUBNET, String.join("; ", why) + "; " + (users.isEmpty()
        ? "nothing in the templates runs in it" : "runs " + String.join(", ", users)));
  }

  /** Subnet (stack NUL id) → the resources naming it, as {@code id} in its own stack or {@code stack / id}. */
  private Map<String, Set<String>> users() {
    if (subnetUsers != null) {
      return subnetUsers;
    }
    subnetUsers = new HashMap<>();
    boolean any = project.stacks().stream().anyMatch(s -> s.resources().stream()
        .anyMatch(r -> r.type().equals("AWS::EC2::Subnet")));
    if (!any) {
      return subnetUsers;
    }
    for (Stack s : project.stacks()) {
      for (Resource r : s.resources()) {
        if (PLUMBING.contains(r.type())) {
          continue;
        }
        Set<Target> named = new LinkedHashSet<>();
        walk(s, r.properties(), named);
        for (Target t : named) {
          Optional<Resource> subnet = project.stack(t.stack()).flatMap(st -> st.resource(t.logicalId()))
              .filter(x -> x.type().equals("AWS::EC2::Subnet"));
          if (subnet.isPresent()) {
            subnetUsers.computeIfAbsent(t.stack() + "\u0000" + t.logicalId(), k -> new TreeSet<>())
                .add((t.stack().equals(s.name()) ? "" : s.name() + " / ") + r.logicalId() + " (" + r.type() + ")");
          }
        }
      }
    }
    return subnetUsers;
  }

  /** Every resource a value names, in its stack or through an export. */
  private void walk(Stack stack, Node value, Set<Target> out) {
    if (value instanceof Node.ListNode l) {
      l.items().forEach(i -> walk(stack, i, out));
    } else if (value instanceof Node.MapNode m) {
      Optional<String> fn = m.singleKey();
      if (fn.filter(f -> f.equals("Ref") || f.equals("Fn::GetAtt") || f.equals("Fn::Sub")).isPresent()) {
        Set<String> ids = new LinkedHashSet<>();
        Targets.resourcesIn(stack, m, ids);
        ids.forEach(id -> out.add(Target.resource(stack.name(), id, id)));
      } else if (fn.filter("Fn::ImportValue"::equals).isPresent()) {
        Node.text(m.get("Fn::ImportValue")).ifPresent(name -> out.addAll(targets.exported(name)));
      } else {
        m.entries().values().forEach(v -> walk(stack, v, out));
      }
    }
  }

  // ---- APIs -------------------------------------------------------------------------------------

  private void method(Stack stack, Resource r, List<Exposure> out) {
    Node.MapNode p = r.properties();
    String auth = Node.text(p.get("AuthorizationType")).orElse(p.has("AuthorizationType") ? "?" : "NONE");
    if (!auth.equals("NONE")) {
      return;
    }
    Target api = targets.one(stack, p.get("RestApiId"));
    boolean privateApi = api.resolved() && project.stack(api.stack()).flatMap(s -> s.resource(api.logicalId()))
        .map(a -> a.properties().get("EndpointConfiguration")).filter(e -> e instanceof Node.MapNode)
        .map(e -> Targets.shown(((Node.MapNode) e).get("Types") == null ? e : ((Node.MapNode) e).get("Types")))
        .filter(t -> t.contains("PRIVATE")).isPresent();
    if (privateApi) {
      return;
    }
    String verb = Node.text(p.get("HttpMethod")).orElse("?");
    boolean key = Node.text(p.get("ApiKeyRequired")).filter("true"::equalsIgnoreCase).isPresent();
    add(out, stack, r, Kind.API_WITHOUT_AUTH, verb + " " + path(stack, p.get("ResourceId"), 0)
        + (api.resolved() ? " on " + api.logicalId() : "") + " (AuthorizationType NONE"
        + (p.has("AuthorizationType") ? "" : " by default") + (key ? "; an API key is required" : "")
        + (verb.equals("OPTIONS") ? "; CORS preflight" : "") + ")");
  }

  /** The path of an API Gateway resource, following {@code ParentId} up to the root. */
  private String path(Stack stack, Node resourceId, int depth) {
    if (resourceId == null || depth > 40) {
      return "?";
    }
    if (resourceId instanceof Node.MapNode m && m.singleKey().filter("Fn::GetAtt"::equals).isPresent()
        && Targets.shown(m).endsWith(".RootResourceId")) {
      return "/";
    }
    Target t = targets.one(stack, resourceId);
    Optional<Resource> res = t.resolved() && t.stack().equals(stack.name()) ? stack.resource(t.logicalId())
        .filter(x -> x.type().equals("AWS::ApiGateway::Resource")) : Optional.empty();
    if (res.isEmpty()) {
      return t.text();
    }
    String parent = path(stack, res.get().properties().get("ParentId"), depth + 1);
    String part = Node.text(res.get().properties().get("PathPart")).orElse("?");
    return (parent.endsWith("/") ? parent : parent + "/") + part;
  }

  /** SAM: API events without an authorizer, and a function URL without authorization. */
  private void samFunction(Stack stack, Resource raw, List<Exposure> out) {
    Resource r = SamTranslator.withGlobals(stack, raw);
    Node.MapNode p = r.properties();
    if (p.get("FunctionUrlConfig") instanceof Node.MapNode url
        && Node.text(url.get("AuthType")).filter("NONE"::equals).isPresent()) {
      add(out, stack, r, Kind.FUNCTION_URL, "FunctionUrlConfig AuthType NONE");
    }
    if (!(p.get("Events") instanceof Node.MapNode events)) {
      return;
    }
    events.entries().forEach((name, event) -> {
      if (!(event instanceof Node.MapNode e)) {
        return;
      }
      String type = Node.text(e.get("Type")).orElse("");
      if (!type.equals("Api") && !type.equals("HttpApi")) {
        return;
      }
      Node.MapNode props = e.get("Properties") instanceof Node.MapNode m ? m : null;
      Node auth = props == null ? null : props.get("Auth");
      Optional<String> authorizer = auth instanceof Node.MapNode a ? Node.text(a.get("Authorizer")) : Optional.empty();
      boolean open;
      String why;
      if (authorizer.isPresent()) {
        open = authorizer.get().equals("NONE");
        why = "Auth.Authorizer NONE";
      } else {
        Optional<String> fallback = defaultAuthorizer(stack, props, type);
        open = fallback.isEmpty() || fallback.get().equals("NONE");
        why = fallback.isEmpty() ? "no authorizer on the event or its API" : "the API's DefaultAuthorizer is NONE";
      }
      if (open) {
        String method = props == null ? "?" : Node.text(props.get("Method")).orElse(type.equals("HttpApi") ? "ANY" : "?");
        String path = props == null ? "?" : Node.text(props.get("Path")).orElse(type.equals("HttpApi") ? "$default" : "?");
        add(out, stack, r, Kind.API_WITHOUT_AUTH, method.toUpperCase(java.util.Locale.ROOT) + " " + path + " (event "
            + name + ", " + type + "; " + why + ")");
      }
    });
  }

  /** The DefaultAuthorizer of the API an event names, else of the implicit API (SAM Globals). */
  private Optional<String> defaultAuthorizer(Stack stack, Node.MapNode props, String type) {
    Node apiId = props == null ? null : props.get(type.equals("Api") ? "RestApiId" : "ApiId");
    Optional<Resource> api = apiId == null ? Optional.empty() : Optional.of(targets.one(stack, apiId))
        .filter(t -> t.resolved() && t.stack().equals(stack.name())).flatMap(t -> stack.resource(t.logicalId()));
    Node.MapNode apiProps = api.map(a -> SamTranslator.withGlobals(stack, a).properties()).orElse(null);
    if (apiProps == null) {
      Node globals = stack.globals().map(g -> g.get(type)).orElse(null);
      apiProps = globals instanceof Node.MapNode g ? g : null;
    }
    if (apiProps != null && apiProps.get("Auth") instanceof Node.MapNode auth) {
      return Node.text(auth.get("DefaultAuthorizer")).or(() -> auth.has("DefaultAuthorizer")
          ? Optional.of(Targets.shown(auth.get("DefaultAuthorizer"))) : Optional.empty());
    }
    return Optional.empty();
  }

  // ---- CloudFront -------------------------------------------------------------------------------

  private void cloudFront(Stack stack, Resource r, List<Exposure> out) {
    Node config = r.properties().get("DistributionConfig");
    Node.MapNode c = config instanceof Node.MapNode m ? m : null;
    if (c != null && Node.text(c.get("Enabled")).filter("false"::equalsIgnoreCase).isPresent()) {
      return;
    }
    List<String> aliases = new ArrayList<>();
    if (c != null && c.get("Aliases") instanceof Node.ListNode l) {
      l.items().forEach(a -> aliases.add(Node.text(a).orElse(Targets.shown(a))));
    }
    boolean waf = c != null && c.has("WebACLId");
    add(out, stack, r, Kind.CLOUDFRONT, (aliases.isEmpty() ? "its cloudfront.net domain" : "aliases "
        + String.join(", ", aliases)) + (waf ? "; web ACL attached" : "; no web ACL"));
  }
}

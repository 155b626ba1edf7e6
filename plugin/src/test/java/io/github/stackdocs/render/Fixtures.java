package io.github.stackdocs.render;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Output;
import io.github.stackdocs.model.Parameter;
import io.github.stackdocs.model.ParameterGroup;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Hand-built models for render tests (the reader is written elsewhere). */
public final class Fixtures {
  public static final String HOSTILE =
      "<script>alert(1)</script> javascript:alert(1) +++<b>x</b>+++ pass:[<b>] {attr} | "
          + "include::/etc/passwd[] [link](javascript:x) **bold**";

  private Fixtures() {}

  // ---- nodes ----

  public static Node node(Object v) {
    if (v instanceof Node n) {
      return n;
    }
    if (v instanceof List<?> l) {
      return new Node.ListNode(l.stream().map(Fixtures::node).toList(), SourceLocation.UNKNOWN);
    }
    return new Node.ScalarNode(v, SourceLocation.UNKNOWN);
  }

  public static Node.MapNode map(Object... keyValues) {
    Map<String, Node> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], node(keyValues[i + 1]));
    }
    return new Node.MapNode(m, Map.of(), SourceLocation.UNKNOWN);
  }

  public static Node list(Object... items) {
    return node(List.of(items));
  }

  public static Node ref(String target) {
    return map("Ref", target);
  }

  public static Node getAtt(String resource, String attribute) {
    return map("Fn::GetAtt", List.of(resource, attribute));
  }

  public static Node sub(String text) {
    return map("Fn::Sub", text);
  }

  public static Node importValue(Object name) {
    return map("Fn::ImportValue", name);
  }

  public static SourceLocation at(String file, int line) {
    return new SourceLocation(file, line, 3);
  }

  // ---- model parts ----

  public static Resource resource(String file, int line, String id, String type, Node.MapNode props) {
    return new Resource(id, type, props, List.of(), "", "", "", Optional.empty(), Optional.empty(),
        Optional.empty(), at(file, line));
  }

  public static Resource resource(String file, int line, String id, String type, Node.MapNode props,
      List<String> dependsOn, String condition, String deletionPolicy, String updateReplacePolicy) {
    return new Resource(id, type, props, dependsOn, condition, deletionPolicy, updateReplacePolicy,
        Optional.empty(), Optional.empty(), Optional.empty(), at(file, line));
  }

  public static Parameter parameter(String file, int line, String name, String type, String description,
      String defaultValue, boolean noEcho, String label, String group) {
    return new Parameter(name, type, description, Optional.ofNullable(defaultValue), List.of(), "", "", "", "",
        "", "", noEcho, label, group, at(file, line));
  }

  public static Reference reference(Reference.Kind kind, String source, String target, String attribute) {
    return new Reference(kind, source, target, attribute, "", "", SourceLocation.UNKNOWN);
  }

  public static Stack stack(String name, String file, String description, List<Parameter> parameters,
      List<ParameterGroup> groups, Map<String, Node> conditions, List<Resource> resources, List<Output> outputs,
      List<Reference> references) {
    return new Stack(name, file, "yaml", description, List.of(), Optional.empty(), parameters, groups,
        Optional.empty(), conditions, Optional.empty(), resources, outputs, references);
  }

  // ---- the rich case: two stacks with an export/import, groups, NoEcho, conditions, DependsOn ----

  public static Project rich() {
    return new Project("shop", List.of(network(), app()));
  }

  public static List<Finding> richFindings() {
    return List.of(
        new Finding(Severity.WARN, "unresolved-import", "ImportValue 'legacy-export' is not exported by any stack",
            at("stacks/app.yaml", 60), "app"),
        new Finding(Severity.ERROR, "undefined-ref", "Ref to 'Missing<b>' is not defined " + "| **x**",
            at("stacks/app.yaml", 41), "app"),
        new Finding(Severity.INFO, "no-description", "template has no Description",
            at("stacks/network.yaml", 1), "network"),
        new Finding(Severity.WARN, "project-config", "no stack names configured; using file names",
            SourceLocation.of("pom.xml"), ""));
  }

  static Stack network() {
    String f = "stacks/network.yaml";
    Parameter env = parameter(f, 5, "Env", "String", "Deployment environment", "dev", false, "Environment", "General");
    env = new Parameter(env.name(), env.type(), env.description(), env.defaultValue(), List.of("dev", "prod"), "", "",
        "", "", "", "", false, env.label(), env.group(), env.location());
    Parameter cidr = new Parameter("VpcCidr", "String", "CIDR of the VPC", Optional.of("10.0.0.0/16"), List.of(),
        "^\\d+\\.\\d+\\.\\d+\\.\\d+/\\d+$", "must be a CIDR block", "9", "18", "", "", false, "VPC CIDR", "Network",
        at(f, 10));
    Map<String, Node> conditions = Map.of("IsProd", map("Fn::Equals", list(ref("Env"), "prod")));
    List<Resource> resources = List.of(
        resource(f, 20, "Vpc", "AWS::EC2::VPC", map(
            "CidrBlock", ref("VpcCidr"),
            "EnableDnsSupport", true,
            "Tags", list(map("Key", "Name", "Value", sub("${AWS::StackName}-vpc")),
                map("Key", "Team", "Value", "network-platform-and-shared-services-team")))),
        resource(f, 30, "Subnet", "AWS::EC2::Subnet", map(
            "VpcId", ref("Vpc"),
            "CidrBlock", map("Fn::Select", list(0, map("Fn::Cidr", list(ref("VpcCidr"), 4, 8)))),
            "AvailabilityZone", map("Fn::Select", list(0, map("Fn::GetAZs", ""))))),
        resource(f, 40, "FlowLogBucket", "AWS::S3::Bucket", map(
            "BucketName", sub("${AWS::StackName}-flow-logs-${AWS::AccountId}")),
            List.of(), "IsProd", "Retain", "Retain"));
    List<Output> outputs = List.of(
        new Output("VpcId", "The VPC", ref("Vpc"), Optional.of(sub("${AWS::StackName}-VpcId")),
            Optional.of("network-VpcId"), "", at(f, 50)),
        new Output("SubnetId", "The subnet", ref("Subnet"), Optional.of(node("network-SubnetId")),
            Optional.of("network-SubnetId"), "", at(f, 55)));
    List<Reference> refs = List.of(
        reference(Reference.Kind.REF, "Vpc", "VpcCidr", ""),
        reference(Reference.Kind.REF, "Subnet", "Vpc", ""),
        reference(Reference.Kind.REF, "Subnet", "VpcCidr", ""),
        reference(Reference.Kind.CONDITION, "FlowLogBucket", "IsProd", ""),
        reference(Reference.Kind.REF, "Outputs.VpcId", "Vpc", ""),
        reference(Reference.Kind.REF, "Outputs.SubnetId", "Subnet", ""),
        reference(Reference.Kind.REF, "Conditions.IsProd", "Env", ""));
    Stack s = stack("network", f, "Shared network.\nVPC and one subnet.", List.of(env, cidr),
        List.of(new ParameterGroup("General", List.of("Env")), new ParameterGroup("Network", List.of("VpcCidr"))),
        conditions, resources, outputs, refs);
    return new Stack(s.name(), s.sourceFile(), s.format(), s.description(), s.transforms(), s.metadata(),
        s.parameters(), s.parameterGroups(),
        Optional.of(map("RegionMap", map("us-east-1", map("Ami", "ami-1"), "eu-west-1", map("Ami", "ami-2")))),
        s.conditions(), Optional.of(map("ProdNeedsBigCidr", map("Assertions", list()))), s.resources(),
        s.outputs(), s.references());
  }

  static Stack app() {
    String f = "stacks/app.yaml";
    List<Parameter> params = List.of(
        parameter(f, 5, "DbPassword", "String", "Database password", null, true, "", ""),
        parameter(f, 9, "Env", "String", "Environment\n- second line\n# third", "dev", false, "Environment", "General"),
        new Parameter("MemorySize", "Number", "Lambda memory in MB", Optional.of("128"), List.of(), "", "", "", "",
            "128", "3008", false, "Memory", "General", at(f, 12)));
    Map<String, Node> conditions = Map.of(
        "HasDb", map("Fn::Not", list(map("Fn::Equals", list(ref("DbPassword"), "")))),
        "IsProd", map("Fn::Equals", list(ref("Env"), "prod")));
    List<Resource> resources = List.of(
        resource(f, 20, "Table", "AWS::DynamoDB::Table", map(
            "BillingMode", "PAY_PER_REQUEST",
            "KeySchema", list(map("AttributeName", "pk", "KeyType", "HASH")),
            "AttributeDefinitions", list(map("AttributeName", "pk", "AttributeType", "S"))),
            List.of(), "", "Retain", "Snapshot"),
        resource(f, 30, "ApiFunction", "AWS::Lambda::Function", map(
            "Runtime", "python3.12",
            "Handler", "app.handler",
            "MemorySize", ref("MemorySize"),
            "Role", getAtt("FunctionRole", "Arn"),
            "Description", HOSTILE,
            "Environment", map("Variables", map("TABLE", ref("Table"), "VPC", importValue("network-VpcId"))),
            "VpcConfig", map("SubnetIds", list(importValue("network-SubnetId"))),
            "Timeout", 30,
            "Tags", list(map("Key", "team", "Value", "shop")))),
        resource(f, 45, "FunctionRole", "AWS::IAM::Role", map(
            "AssumeRolePolicyDocument", map("Version", "2012-10-17", "Statement", list(map("Effect", "Allow",
                "Principal", map("Service", "lambda.amazonaws.com"), "Action", "sts:AssumeRole"))))),
        resource(f, 55, "Queue", "AWS::SQS::Queue", map("VisibilityTimeout", 60), List.of("Table"), "IsProd", "",
            ""));
    List<Output> outputs = List.of(
        new Output("ApiArn", "Function ARN", getAtt("ApiFunction", "Arn"), Optional.empty(), Optional.empty(), "",
            at(f, 70)),
        new Output("Legacy", "Something \"old\"", importValue("legacy-export"), Optional.empty(), Optional.empty(),
            "IsProd", at(f, 75)));
    List<Reference> refs = List.of(
        reference(Reference.Kind.REF, "ApiFunction", "MemorySize", ""),
        reference(Reference.Kind.GET_ATT, "ApiFunction", "FunctionRole", "Arn"),
        reference(Reference.Kind.REF, "ApiFunction", "Table", ""),
        reference(Reference.Kind.IMPORT_VALUE, "ApiFunction", "network-VpcId", ""),
        reference(Reference.Kind.IMPORT_VALUE, "ApiFunction", "network-SubnetId", ""),
        reference(Reference.Kind.DEPENDS_ON, "Queue", "Table", ""),
        reference(Reference.Kind.CONDITION, "Queue", "IsProd", ""),
        reference(Reference.Kind.GET_ATT, "Outputs.ApiArn", "ApiFunction", "Arn"),
        reference(Reference.Kind.IMPORT_VALUE, "Outputs.Legacy", "legacy-export", ""),
        reference(Reference.Kind.REF, "Conditions.HasDb", "DbPassword", ""),
        reference(Reference.Kind.REF, "Conditions.IsProd", "Env", ""));
    Stack s = stack("app", f, "Application stack.\n" + HOSTILE + "\n- not a list\n= not a title", params,
        List.of(new ParameterGroup("General", List.of("Env", "MemorySize"))), conditions, resources, outputs, refs);
    return new Stack(s.name(), s.sourceFile(), s.format(), s.description(), List.of("AWS::Serverless-2016-10-31"),
        s.metadata(), s.parameters(), s.parameterGroups(), s.mappings(), s.conditions(), s.rules(), s.resources(),
        s.outputs(), s.references());
  }

  /** One stack with {@code count} resources over a few services, chained with Ref and some DependsOn. */
  public static Project generated(int count) {
    String f = "big.yaml";
    String[] types = {"AWS::Lambda::Function", "AWS::S3::Bucket", "AWS::SQS::Queue", "AWS::IAM::Role",
        "AWS::DynamoDB::Table", "Custom::Thing"};
    List<Resource> resources = new ArrayList<>();
    List<Reference> refs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = String.format("Res%02d", i);
      resources.add(resource(f, 10 + i, id, types[i % types.length], map("Name", id)));
      if (i > 0) {
        refs.add(reference(Reference.Kind.REF, id, String.format("Res%02d", i - 1), ""));
      }
      if (i >= 5 && i % 5 == 0) {
        refs.add(reference(Reference.Kind.DEPENDS_ON, id, String.format("Res%02d", i - 5), ""));
      }
      if (i > 0 && i % 10 == 0) {
        refs.add(reference(Reference.Kind.DEPENDS_ON, id, String.format("Res%02d", i - 1), "")); // also a Ref
      }
    }
    return new Project("big", List.of(stack("big", f, "", List.of(), List.of(), Map.of(), resources, List.of(),
        refs)));
  }
}

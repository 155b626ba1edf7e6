package io.github.stackdocs.read.tfplan;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.PlannedChange;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.read.cfn.DocumentParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Terraform resource's values in the CloudFormation shape the change log's security rules read: security groups
 * and their rules ({@code cidr_blocks} → one rule per range with {@code CidrIp}), IAM roles and policies (the
 * {@code policy} JSON string → {@code PolicyDocument}), resource policies, Lambda permissions and a database's
 * {@code publicly_accessible}. Only the properties those rules read are translated; other types have no shape.
 */
final class SecurityShapes {
  private SecurityShapes() {}

  /** The shape of {@code values} (masked) of a resource of Terraform type {@code type}, when it has one. */
  static Optional<Resource> of(String type, String logicalId, Node values, SourceLocation at) {
    if (!(values instanceof Node.MapNode v)) {
      return Optional.empty();
    }
    Map<String, Node> p = new LinkedHashMap<>();
    String cfn;
    switch (type) {
      case "aws_security_group" -> {
        cfn = "AWS::EC2::SecurityGroup";
        copy(v, "description", p, "GroupDescription");
        copy(v, "vpc_id", p, "VpcId");
        p.put("SecurityGroupIngress", rules(v.get("ingress"), "SourceSecurityGroupId", v.get("id"), at));
        p.put("SecurityGroupEgress", rules(v.get("egress"), "DestinationSecurityGroupId", v.get("id"), at));
      }
      case "aws_security_group_rule" -> {
        boolean in = text(v.get("type")).equals("ingress");
        cfn = in ? "AWS::EC2::SecurityGroupIngress" : "AWS::EC2::SecurityGroupEgress";
        List<Node> rules = rules(new Node.ListNode(List.of(v), at),
            in ? "SourceSecurityGroupId" : "DestinationSecurityGroupId", v.get("security_group_id"), at).items();
        // one CloudFormation rule holds one range: the widest one stands for the rest
        Node rule = rules.stream().filter(r -> world(r)).findFirst().orElse(rules.isEmpty() ? null : rules.get(0));
        if (rule instanceof Node.MapNode m) {
          p.putAll(m.entries());
        }
        copy(v, "security_group_id", p, "GroupId");
      }
      case "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule" -> {
        boolean in = type.endsWith("ingress_rule");
        cfn = in ? "AWS::EC2::SecurityGroupIngress" : "AWS::EC2::SecurityGroupEgress";
        copy(v, "security_group_id", p, "GroupId");
        copy(v, "ip_protocol", p, "IpProtocol");
        copy(v, "from_port", p, "FromPort");
        copy(v, "to_port", p, "ToPort");
        copy(v, "cidr_ipv4", p, "CidrIp");
        copy(v, "cidr_ipv6", p, "CidrIpv6");
        copy(v, "referenced_security_group_id", p, in ? "SourceSecurityGroupId" : "DestinationSecurityGroupId");
      }
      case "aws_iam_role" -> {
        cfn = "AWS::IAM::Role";
        policy(v.get("assume_role_policy"), p, "AssumeRolePolicyDocument");
        List<Node> inline = new ArrayList<>();
        for (Node block : SensitiveValues.items(v.get("inline_policy"))) {
          Map<String, Node> one = new LinkedHashMap<>();
          copy(block, "name", one, "PolicyName");
          policy(SensitiveValues.field(block, "policy"), one, "PolicyDocument");
          if (one.containsKey("PolicyDocument")) {
            inline.add(new Node.MapNode(one, Map.of(), at));
          }
        }
        if (!inline.isEmpty()) {
          p.put("Policies", new Node.ListNode(inline, at));
        }
        copy(v, "managed_policy_arns", p, "ManagedPolicyArns");
      }
      case "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy" -> {
        cfn = "AWS::IAM::Policy";
        copy(v, "name", p, "PolicyName");
        policy(v.get("policy"), p, "PolicyDocument");
        String holder = type.substring("aws_iam_".length(), type.length() - "_policy".length());
        if (v.get(holder) != null) {
          p.put(Character.toUpperCase(holder.charAt(0)) + holder.substring(1) + "s",
              new Node.ListNode(List.of(v.get(holder)), at));
        }
      }
      case "aws_iam_policy" -> {
        cfn = "AWS::IAM::ManagedPolicy";
        policy(v.get("policy"), p, "PolicyDocument");
      }
      case "aws_s3_bucket_policy" -> {
        cfn = "AWS::S3::BucketPolicy";
        copy(v, "bucket", p, "Bucket");
        policy(v.get("policy"), p, "PolicyDocument");
      }
      case "aws_sqs_queue_policy" -> {
        cfn = "AWS::SQS::QueuePolicy";
        policy(v.get("policy"), p, "PolicyDocument");
      }
      case "aws_sns_topic_policy" -> {
        cfn = "AWS::SNS::TopicPolicy";
        policy(v.get("policy"), p, "PolicyDocument");
      }
      case "aws_kms_key" -> {
        cfn = "AWS::KMS::Key";
        policy(v.get("policy"), p, "KeyPolicy");
      }
      case "aws_lambda_permission" -> {
        cfn = "AWS::Lambda::Permission";
        copy(v, "action", p, "Action");
        copy(v, "function_name", p, "FunctionName");
        copy(v, "principal", p, "Principal");
        copy(v, "source_arn", p, "SourceArn");
      }
      case "aws_db_instance" -> {
        cfn = "AWS::RDS::DBInstance";
        copy(v, "publicly_accessible", p, "PubliclyAccessible");
        copy(v, "engine", p, "Engine");
        copy(v, "port", p, "Port");
        if (!text(v.get("cluster_identifier")).isEmpty()) {
          copy(v, "cluster_identifier", p, "DBClusterIdentifier");
        }
      }
      default -> {
        return Optional.empty();
      }
    }
    return Optional.of(new Resource(logicalId, cfn, new Node.MapNode(p, Map.of(), at), List.of(), "", "", "",
        Optional.empty(), Optional.empty(), Optional.empty(), at));
  }

  /** Terraform rule blocks as CloudFormation rules: one per CIDR range, IPv6 range and peer group. */
  private static Node.ListNode rules(Node blocks, String peerKey, Node self, SourceLocation at) {
    List<Node> out = new ArrayList<>();
    for (Node block : SensitiveValues.items(blocks)) {
      if (!(block instanceof Node.MapNode b)) {
        continue;
      }
      Map<String, Node> base = new LinkedHashMap<>();
      copy(b, "protocol", base, "IpProtocol");
      copy(b, "from_port", base, "FromPort");
      copy(b, "to_port", base, "ToPort");
      copy(b, "description", base, "Description");
      for (Node cidr : SensitiveValues.items(b.get("cidr_blocks"))) {
        out.add(rule(base, "CidrIp", cidr, at));
      }
      for (Node cidr : SensitiveValues.items(b.get("ipv6_cidr_blocks"))) {
        out.add(rule(base, "CidrIpv6", cidr, at));
      }
      for (Node group : SensitiveValues.items(b.get("security_groups"))) {
        out.add(rule(base, peerKey, group, at));
      }
      if (b.get("source_security_group_id") instanceof Node.ScalarNode s && !s.isNull()) {
        out.add(rule(base, peerKey, s, at));
      }
      if (SensitiveValues.isTrue(b.get("self")) && self != null) {
        out.add(rule(base, peerKey, self, at));
      }
    }
    return new Node.ListNode(out, at);
  }

  private static Node rule(Map<String, Node> base, String key, Node value, SourceLocation at) {
    Map<String, Node> r = new LinkedHashMap<>(base);
    r.put(key, value);
    return new Node.MapNode(r, Map.of(), at);
  }

  private static boolean world(Node rule) {
    String cidr = text(SensitiveValues.field(rule, "CidrIp")) + text(SensitiveValues.field(rule, "CidrIpv6"));
    return cidr.equals("0.0.0.0/0") || cidr.equals("::/0");
  }

  /** A policy JSON string parsed; nothing when unknown, masked or not JSON. */
  private static void policy(Node text, Map<String, Node> into, String key) {
    String json = text(text);
    if (json.isEmpty() || json.equals(PlannedChange.UNKNOWN) || json.startsWith("(sensitive")) {
      return;
    }
    List<io.github.stackdocs.model.Finding> ignored = new ArrayList<>();
    DocumentParser.parse("policy.json", json.getBytes(StandardCharsets.UTF_8), "policy", "", ignored)
        .filter(n -> n instanceof Node.MapNode).ifPresent(n -> into.put(key, n));
  }

  private static void copy(Node from, String tfKey, Map<String, Node> into, String cfnKey) {
    Node v = SensitiveValues.field(from, tfKey);
    if (v != null && !(v instanceof Node.ScalarNode s && s.isNull())) {
      into.put(cfnKey, v);
    }
  }

  private static String text(Node n) {
    return n instanceof Node.ScalarNode s && !s.isNull() ? s.text() : "";
  }
}

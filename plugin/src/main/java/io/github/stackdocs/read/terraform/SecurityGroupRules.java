package io.github.stackdocs.read.terraform;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An {@code aws_security_group}'s {@code ingress}/{@code egress} blocks as CloudFormation's rules: Terraform gives a
 * rule lists of peers ({@code cidr_blocks}, {@code ipv6_cidr_blocks}, {@code security_groups},
 * {@code prefix_list_ids}), CloudFormation one peer a rule ({@code CidrIp}, {@code CidrIpv6}, ...), so each peer
 * becomes a rule with the block's protocol, ports and description. This lets the security views and the exposure
 * checks read Terraform groups as they read CloudFormation's.
 */
final class SecurityGroupRules {
  private SecurityGroupRules() {}

  /** Whether the nested type {@code item} of a security group's property is a rule. */
  static boolean isRule(String cfnResourceType, String item) {
    return cfnResourceType.equals("AWS::EC2::SecurityGroup") && (item.equals("Ingress") || item.equals("Egress"));
  }

  /**
   * The CloudFormation rules of one Terraform block.
   *
   * @param at where a value of the block is, by its attribute name
   */
  static List<Node> rules(JsonNode block, boolean ingress, Function<String, SourceLocation> at) {
    Map<String, Node> base = new LinkedHashMap<>();
    put(base, "IpProtocol", block.path("protocol"), at.apply("protocol"));
    put(base, "FromPort", block.path("from_port"), at.apply("from_port"));
    put(base, "ToPort", block.path("to_port"), at.apply("to_port"));
    put(base, "Description", block.path("description"), at.apply("description"));
    List<Node> rules = new ArrayList<>();
    peers(rules, base, block, "cidr_blocks", "CidrIp", at);
    peers(rules, base, block, "ipv6_cidr_blocks", "CidrIpv6", at);
    peers(rules, base, block, "security_groups", ingress ? "SourceSecurityGroupId" : "DestinationSecurityGroupId",
        at);
    peers(rules, base, block, "prefix_list_ids", ingress ? "SourcePrefixListId" : "DestinationPrefixListId", at);
    if (rules.isEmpty()) {
      rules.add(new Node.MapNode(base, Map.of(), at.apply("")));
    }
    return rules;
  }

  private static void peers(List<Node> rules, Map<String, Node> base, JsonNode block, String attribute,
      String property, Function<String, SourceLocation> at) {
    for (JsonNode peer : block.path(attribute)) {
      if (peer.isTextual()) {
        Map<String, Node> rule = new LinkedHashMap<>(base);
        rule.put(property, Node.string(peer.asText(), at.apply(attribute)));
        rules.add(new Node.MapNode(rule, Map.of(), at.apply(attribute)));
      }
    }
  }

  private static void put(Map<String, Node> rule, String property, JsonNode v, SourceLocation at) {
    if (v.isTextual() && !v.asText().isEmpty()) {
      rule.put(property, Node.string(v.asText(), at));
    } else if (v.isIntegralNumber()) {
      rule.put(property, new Node.ScalarNode(v.asLong(), at));
    }
  }
}

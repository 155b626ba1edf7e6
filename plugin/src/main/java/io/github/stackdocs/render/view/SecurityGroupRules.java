package io.github.stackdocs.render.view;

import io.github.stackdocs.model.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Security-group rules as a table, one row per rule: direction, protocol ({@code tcp} for 6, {@code all} for -1),
 * ports ({@code 443}, {@code 8000-8080}, {@code all}; ICMP type and code), peer (CIDR, security group, prefix list)
 * and description. From a group's {@code SecurityGroupIngress}/{@code SecurityGroupEgress} list, or from an
 * {@code AWS::EC2::SecurityGroupIngress}/{@code Egress} resource (with the group it adds to). A rule with a key
 * this table has no column for is not shown as a table (the generic rendering shows it whole).
 */
final class SecurityGroupRules {
  private static final Set<String> RULE_KEYS = Set.of("IpProtocol", "FromPort", "ToPort", "CidrIp", "CidrIpv6",
      "SourceSecurityGroupId", "SourceSecurityGroupName", "SourceSecurityGroupOwnerId", "SourcePrefixListId",
      "DestinationSecurityGroupId", "DestinationPrefixListId", "Description");
  private static final Set<String> RESOURCE_KEYS;

  static {
    java.util.Set<String> keys = new java.util.HashSet<>(RULE_KEYS);
    keys.add("GroupId");
    keys.add("GroupName");
    RESOURCE_KEYS = Set.copyOf(keys);
  }

  private SecurityGroupRules() {}

  /** The direction a group's property or a rule resource type stands for, else empty. */
  static Optional<String> direction(String name) {
    return switch (name) {
      case "SecurityGroupIngress", "AWS::EC2::SecurityGroupIngress" -> Optional.of("ingress");
      case "SecurityGroupEgress", "AWS::EC2::SecurityGroupEgress" -> Optional.of("egress");
      default -> Optional.empty();
    };
  }

  /** The rules of a group's {@code SecurityGroupIngress}/{@code Egress} list. */
  static Optional<ValueView.TableView> ofList(String direction, Node rules) {
    if (!(rules instanceof Node.ListNode l)) {
      return Optional.empty();
    }
    List<List<List<String>>> rows = new ArrayList<>();
    for (Node item : l.items()) {
      for (Branches.Branch b : Branches.of(item)) {
        Node.MapNode rule = Branches.plainMap(b.value());
        if (rule == null || !RULE_KEYS.containsAll(rule.entries().keySet())) {
          return Optional.empty();
        }
        rows.add(row(direction, b.note(), rule, false));
      }
    }
    return rows.isEmpty() ? Optional.empty() : Optional.of(new ValueView.TableView("", columns(false), rows));
  }

  /** The one rule of an {@code AWS::EC2::SecurityGroupIngress}/{@code Egress} resource. */
  static Optional<ValueView.TableView> ofResource(String type, Node.MapNode properties) {
    Optional<String> direction = direction(type);
    if (direction.isEmpty() || !RESOURCE_KEYS.containsAll(properties.entries().keySet())) {
      return Optional.empty();
    }
    return Optional.of(new ValueView.TableView("", columns(true),
        List.of(row(direction.get(), "", properties, true))));
  }

  static String describe(ValueView.TableView t) {
    return t.rows().size() == 1 ? "1 rule" : t.rows().size() + " rules";
  }

  private static List<String> columns(boolean group) {
    return group ? List.of("Direction", "Group", "Protocol", "Ports", "Peer", "Description")
        : List.of("Direction", "Protocol", "Ports", "Peer", "Description");
  }

  private static List<List<String>> row(String direction, String note, Node.MapNode rule, boolean group) {
    List<List<String>> row = new ArrayList<>();
    row.add(note.isEmpty() ? List.of(direction) : List.of(direction, note));
    if (group) {
      row.add(PolicyTables.concat(PolicyTables.values(rule.get("GroupId"), ""),
          PolicyTables.values(rule.get("GroupName"), "named ")));
    }
    String protocol = protocol(rule.get("IpProtocol"));
    row.add(List.of(protocol));
    row.add(List.of(ports(protocol, rule.get("FromPort"), rule.get("ToPort"))));
    List<String> peer = new ArrayList<>();
    peer.addAll(PolicyTables.values(rule.get("CidrIp"), ""));
    peer.addAll(PolicyTables.values(rule.get("CidrIpv6"), ""));
    peer.addAll(PolicyTables.values(rule.get("SourceSecurityGroupId"), "security group "));
    peer.addAll(PolicyTables.values(rule.get("SourceSecurityGroupName"), "security group named "));
    peer.addAll(PolicyTables.values(rule.get("SourceSecurityGroupOwnerId"), "of account "));
    peer.addAll(PolicyTables.values(rule.get("SourcePrefixListId"), "prefix list "));
    peer.addAll(PolicyTables.values(rule.get("DestinationSecurityGroupId"), "security group "));
    peer.addAll(PolicyTables.values(rule.get("DestinationPrefixListId"), "prefix list "));
    row.add(peer);
    row.add(PolicyTables.values(rule.get("Description"), ""));
    return row;
  }

  private static String protocol(Node n) {
    if (n == null) {
      return "";
    }
    String p = ValueFormatter.inline(n);
    return switch (p.toLowerCase(java.util.Locale.ROOT)) {
      case "-1", "all" -> "all";
      case "6" -> "tcp";
      case "17" -> "udp";
      case "1" -> "icmp";
      case "58" -> "icmpv6";
      default -> p;
    };
  }

  private static String ports(String protocol, Node from, Node to) {
    if (protocol.equals("all")) {
      return "all";
    }
    String f = from == null ? "" : ValueFormatter.inline(from);
    String t = to == null ? "" : ValueFormatter.inline(to);
    if (protocol.equals("icmp") || protocol.equals("icmpv6")) {
      String type = f.isEmpty() || f.equals("-1") ? "any type" : "type " + f;
      return t.isEmpty() || t.equals("-1") ? type : type + ", code " + t;
    }
    if (f.isEmpty() && t.isEmpty() || f.equals("-1")) {
      return "all";
    }
    if (t.isEmpty() || f.equals(t)) {
      return f;
    }
    return f.isEmpty() ? t : f + "-" + t;
  }
}

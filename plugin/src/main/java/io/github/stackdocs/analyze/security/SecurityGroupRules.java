package io.github.stackdocs.analyze.security;

import io.github.stackdocs.model.Node;
import java.util.Optional;
import java.util.Set;

/** How security-group rules read: their ports and whether their peer is the whole internet. */
public final class SecurityGroupRules {
  /** The peers that mean every address. */
  public static final Set<String> WORLD = Set.of("0.0.0.0/0", "::/0");

  private SecurityGroupRules() {}

  /** {@code tcp 443}, {@code tcp 1024-65535}, {@code all traffic}. */
  public static String ports(Node rule) {
    String protocol = Node.text(field(rule, "IpProtocol")).orElse("?");
    String from = Node.text(field(rule, "FromPort")).orElse("");
    String to = Node.text(field(rule, "ToPort")).orElse("");
    if (protocol.equals("-1")) {
      return "all traffic";
    }
    return protocol + " " + (from.equals(to) || to.isEmpty() ? from : from + "-" + to);
  }

  /** The rule's {@code CidrIp} or {@code CidrIpv6} when it is the whole internet. */
  public static Optional<String> world(Node rule) {
    return Node.text(field(rule, "CidrIp")).or(() -> Node.text(field(rule, "CidrIpv6"))).filter(WORLD::contains);
  }

  private static Node field(Node rule, String key) {
    return rule instanceof Node.MapNode m ? m.get(key) : null;
  }
}

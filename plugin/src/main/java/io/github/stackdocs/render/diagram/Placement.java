package io.github.stackdocs.render.diagram;

import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.model.CdkOrigin;
import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the resources of one stack sit in its diagram, and what their boxes say. A stack from a CDK assembly is
 * grouped by construct path (a construct holding other resources becomes a frame around them); otherwise
 * resources in a VPC (VpcId, subnets, VPCZoneIdentifier ...) are framed by their VPC, and by their subnet when
 * they are in exactly one, and everything else by service.
 */
final class Placement {
  private static final String VPC = "AWS::EC2::VPC";
  private static final String SUBNET = "AWS::EC2::Subnet";
  /** Types whose VPC is also that of the resources referencing them. */
  private static final Set<String> IN_VPC = Set.of(SUBNET, "AWS::EC2::RouteTable", "AWS::EC2::NetworkAcl");
  private static final Set<String> GATEWAYS = Set.of("AWS::EC2::InternetGateway", "AWS::EC2::VPNGateway");
  /** The suffix of the construct CDK makes for a nested stack ({@code Child.NestedStack}). */
  private static final String NESTED = ".NestedStack";

  /** What a box shows and where it sits; {@code detail} replaces the type's name next to the badge when set. */
  record Box(String label, List<GroupKey> groups, String constructPath, String detail) {
    Box(String label, List<GroupKey> groups, String constructPath) {
      this(label, groups, constructPath, "");
    }
  }

  /** The key of the frame a VPC or subnet is drawn as (what its members sit in); empty for other types. */
  static Optional<String> frameOf(NodeId node, String type) {
    return switch (type) {
      case VPC -> Optional.of(GroupKey.of(DiagramGroup.Kind.VPC, node.stack(), node.logicalId(), "").key());
      case SUBNET -> Optional.of(GroupKey.of(DiagramGroup.Kind.SUBNET, node.stack(), node.logicalId(), "").key());
      default -> Optional.empty();
    };
  }

  private final ProjectIndex index;
  private final Subnets subnets;

  Placement(ProjectIndex index) {
    this.index = index;
    this.subnets = new Subnets(index);
  }

  /** The boxes of {@code stack}'s own resources, each under {@code prefix}. */
  Map<NodeId, Box> boxes(Stack stack, List<GroupKey> prefix) {
    Map<NodeId, Box> result = new HashMap<>();
    List<Resource> resources = stack.resources().stream()
        .filter(r -> !r.type().equals("AWS::CDK::Metadata")).toList();
    if (stack.cdk().isPresent()) {
      constructs(stack, stack.cdk().get(), resources, prefix, result);
    } else {
      network(stack, resources, prefix, result);
    }
    return result;
  }

  private void constructs(Stack stack, CdkOrigin origin, List<Resource> resources, List<GroupKey> prefix,
      Map<NodeId, Box> result) {
    Map<String, String> owners = new HashMap<>();
    Set<String> ancestors = new HashSet<>();
    for (Resource r : resources) {
      String owner = owner(origin.relativePath(r.logicalId()));
      owners.put(r.logicalId(), owner);
      for (int i = owner.indexOf('/'); i > 0; i = owner.indexOf('/', i + 1)) {
        ancestors.add(owner.substring(0, i));
      }
    }
    // the construct frame a resource is drawn in: its owner when that holds other resources too, else its parent
    Map<String, String> constructOf = new HashMap<>();
    owners.forEach((id, owner) -> constructOf.put(id, ancestors.contains(owner) ? owner : parent(owner)));
    // the constructs that hold a VPC or a subnet are drawn as AWS draws them: VPC → zone → subnet
    Map<String, NodeId> vpcs = new HashMap<>();
    Map<String, NodeId> subnetsByConstruct = new HashMap<>();
    for (Resource r : resources) {
      String group = constructOf.get(r.logicalId());
      if (!group.isEmpty() && (r.type().equals(VPC) || r.type().equals(SUBNET))) {
        Map<String, NodeId> byConstruct = r.type().equals(VPC) ? vpcs : subnetsByConstruct;
        // a construct holding two VPCs (or subnets) stays a plain construct frame
        byConstruct.merge(group, new NodeId(stack.name(), r.logicalId()), (a, b) -> NONE);
      }
    }
    for (Resource r : resources) {
      NodeId id = new NodeId(stack.name(), r.logicalId());
      String owner = owners.get(r.logicalId());
      if (owner.isEmpty()) {
        result.put(id, new Box(r.logicalId(), service(stack, r, prefix), ""));
        continue;
      }
      String group = constructOf.get(r.logicalId());
      List<GroupKey> groups = new ArrayList<>(prefix);
      if (!group.isEmpty()) {
        String[] parts = group.split("/");
        StringBuilder path = new StringBuilder();
        GroupKey vpc = null;
        for (String part : parts) {
          path.append(path.length() == 0 ? "" : "/").append(part);
          groups.addAll(frames(stack, path.toString(), part, vpcs, subnetsByConstruct, vpc));
          if (groups.get(groups.size() - 1).kind() == DiagramGroup.Kind.VPC) {
            vpc = groups.get(groups.size() - 1);
          }
        }
      }
      String label = owner.substring(owner.lastIndexOf('/') + 1);
      if (label.endsWith(NESTED) && label.length() > NESTED.length()) {
        label = label.substring(0, label.length() - NESTED.length());
      }
      result.put(id, new Box(label, groups, origin.relativePath(r.logicalId())));
    }
  }

  /** Marks a construct that holds more than one VPC or subnet. */
  private static final NodeId NONE = new NodeId("", "");

  /**
   * The frames of one construct on a resource's way down: the construct's own, but a VPC frame for the construct
   * holding the stack's VPC resource, and, inside it, a subnet's construct in its zone's frame (when the zone is
   * known) as a subnet frame; keyed as {@link #frameOf} keys them, so that edges into the frame a resource sits in
   * are dropped as for a plain template.
   */
  private List<GroupKey> frames(Stack stack, String path, String part, Map<String, NodeId> vpcs,
      Map<String, NodeId> subnetsByConstruct, GroupKey vpc) {
    NodeId v = vpcs.get(path);
    if (v != null && v != NONE) {
      return List.of(GroupKey.of(DiagramGroup.Kind.VPC, v.stack(), v.logicalId(), part));
    }
    NodeId subnet = subnetsByConstruct.get(path);
    if (subnet != null && subnet != NONE && vpc != null) {
      Subnets.Facts facts = subnets.facts(subnet);
      List<GroupKey> frames = new ArrayList<>();
      facts.zone().ifPresent(z -> frames.add(GroupKey.of(DiagramGroup.Kind.AZ, vpc.key(), z, z)));
      frames.add(GroupKey.of(DiagramGroup.Kind.SUBNET, subnet.stack(), subnet.logicalId(),
          part + facts.access().map(a -> " (" + a + ")").orElse("")));
      return frames;
    }
    return List.of(GroupKey.of(DiagramGroup.Kind.CONSTRUCT, stack.name(), path, part));
  }

  /**
   * The construct that owns a resource: its path without the L1 leaf ({@code Resource}, {@code Default}, a nested
   * stack's {@code X.NestedStackResource}).
   */
  static String owner(String relativePath) {
    int slash = relativePath.lastIndexOf('/');
    String leaf = relativePath.substring(slash + 1);
    boolean l1 = leaf.equals("Resource") || leaf.equals("Default") || leaf.endsWith(".NestedStackResource");
    return l1 && slash > 0 ? relativePath.substring(0, slash) : relativePath;
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  private void network(Stack stack, List<Resource> resources, List<GroupKey> prefix, Map<NodeId, Box> result) {
    Map<String, List<Reference>> refs = new HashMap<>();
    stack.references().forEach(ref -> refs.computeIfAbsent(ref.source(), k -> new ArrayList<>()).add(ref));
    Map<NodeId, GroupKey> vpcs = new HashMap<>();
    Map<NodeId, NodeId> onlySubnet = new HashMap<>();
    Set<NodeId> subnetsWithMembers = new TreeSet<>();
    for (Resource r : resources) {
      NodeId id = new NodeId(stack.name(), r.logicalId());
      vpc(stack, r, id, refs.getOrDefault(r.logicalId(), List.of())).ifPresent(v -> vpcs.put(id, v));
      List<NodeId> subnets = index.graph().dependencies(id).stream()
          .filter(d -> index.type(d).equals(SUBNET)).toList();
      if (subnets.size() == 1 && vpcs.containsKey(id)) {
        onlySubnet.put(id, subnets.get(0));
        subnetsWithMembers.add(subnets.get(0));
      }
    }
    for (Resource r : resources) {
      NodeId id = new NodeId(stack.name(), r.logicalId());
      GroupKey vpc = vpcs.get(id);
      if (vpc == null) {
        result.put(id, new Box(r.logicalId(), service(stack, r, prefix), ""));
        continue;
      }
      List<GroupKey> groups = new ArrayList<>(prefix);
      groups.add(vpc);
      NodeId subnet = onlySubnet.get(id);
      boolean isSubnet = r.type().equals(SUBNET);
      if (subnet == null && isSubnet) {
        subnet = id;
      }
      String detail = "";
      if (subnet != null) {
        Subnets.Facts facts = subnets.facts(subnet);
        facts.zone().ifPresent(z -> groups.add(GroupKey.of(DiagramGroup.Kind.AZ, vpc.key(), z, z)));
        String access = facts.access().map(a -> " (" + a + ")").orElse("");
        if (!isSubnet || subnetsWithMembers.contains(id)) {
          groups.add(GroupKey.of(DiagramGroup.Kind.SUBNET, subnet.stack(), subnet.logicalId(),
              "subnet " + subnet.logicalId() + suffix(stack, subnet) + access));
        }
        if (isSubnet) {
          detail = facts.access().map(a -> "Subnet, " + a).orElse("");
        }
      }
      result.put(id, new Box(r.logicalId(), groups, "", detail));
    }
  }

  private static List<GroupKey> service(Stack stack, Resource r, List<GroupKey> prefix) {
    List<GroupKey> groups = new ArrayList<>(prefix);
    String service = Badges.service(r.type());
    groups.add(GroupKey.of(DiagramGroup.Kind.SERVICE, stack.name(), service, Badges.display(service)));
    return groups;
  }

  /**
   * The VPC a resource is in: the VPC itself, one it references (VpcId), the VPC of a subnet, route table or network
   * ACL it references (a route, an ACL entry), or a
   * VPC id parameter it is given; empty when none is known.
   */
  private Optional<GroupKey> vpc(Stack stack, Resource r, NodeId id, List<Reference> refs) {
    if (r.type().equals(VPC)) {
      return Optional.of(vpcKey(stack, id));
    }
    if (GATEWAYS.contains(r.type())) {
      // a gateway names no VPC: its attachment does; it is drawn at the edge of that VPC
      for (NodeId a : index.graph().dependents(id)) {
        if (index.type(a).equals("AWS::EC2::VPCGatewayAttachment")) {
          for (NodeId v : index.graph().dependencies(a)) {
            if (index.type(v).equals(VPC)) {
              return Optional.of(vpcKey(stack, v));
            }
          }
        }
      }
    }
    for (NodeId d : index.graph().dependencies(id)) {
      if (index.type(d).equals(VPC)) {
        return Optional.of(vpcKey(stack, d));
      }
    }
    for (NodeId d : index.graph().dependencies(id)) {
      if (IN_VPC.contains(index.type(d))) {
        for (NodeId v : index.graph().dependencies(d)) {
          if (index.type(v).equals(VPC)) {
            return Optional.of(vpcKey(stack, v));
          }
        }
      }
    }
    return refs.stream()
        .filter(ref -> ref.kind() == Reference.Kind.REF
            && ref.path().endsWith("VpcId") && stack.parameter(ref.target()).isPresent())
        .map(ref -> GroupKey.of(DiagramGroup.Kind.VPC, stack.name(), "parameter " + ref.target(),
            "VPC (parameter " + ref.target() + ")"))
        .findFirst();
  }

  private static GroupKey vpcKey(Stack stack, NodeId vpc) {
    // "VPC" or "Vpc" alone, not "VPC VPC"; "VPC AppNetwork"
    String name = vpc.logicalId().toLowerCase(java.util.Locale.ROOT).contains("vpc") ? vpc.logicalId()
        : "VPC " + vpc.logicalId();
    return GroupKey.of(DiagramGroup.Kind.VPC, vpc.stack(), vpc.logicalId(), name + suffix(stack, vpc));
  }

  private static String suffix(Stack stack, NodeId node) {
    return node.stack().equals(stack.name()) ? "" : " (stack " + node.stack() + ")";
  }
}

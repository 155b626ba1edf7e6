package io.github.stackdocs.render.diagram;

import io.github.stackdocs.analyze.graph.NodeId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The default level: IAM and permission plumbing folded into the relations it implies. A resource running as a
 * role reads/writes/invokes what the role's statements (and the policies attached to it, directly or through an
 * instance profile) grant; a Lambda permission's source invokes its function; an event source mapping's source
 * triggers its function; a subscription's endpoint subscribes to its topic.
 */
final class Plumbing {
  /** Access control only: always folded away. */
  private static final Set<String> IAM = Set.of("AWS::IAM::Role", "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy",
      "AWS::IAM::RolePolicy", "AWS::IAM::InstanceProfile", "AWS::IAM::ServiceLinkedRole", "AWS::Lambda::Permission",
      "AWS::SQS::QueuePolicy", "AWS::SNS::TopicPolicy", "AWS::S3::BucketPolicy", "AWS::Events::EventBusPolicy",
      "AWS::Serverless::Connector");
  /** IAM policies: attached to roles (or, in SAM, to a function), they grant what their statements say. */
  static final Set<String> POLICIES = Set.of("AWS::IAM::Policy", "AWS::IAM::ManagedPolicy", "AWS::IAM::RolePolicy");
  /** Connectors: folded into an edge between their two ends when both are resources. */
  private static final Set<String> CONNECTORS = Set.of("AWS::Lambda::EventSourceMapping", "AWS::SNS::Subscription");

  private Plumbing() {}

  static boolean iam(String type) {
    return IAM.contains(type);
  }

  /**
   * The links of the default level among {@code nodes} minus the folded ones; {@code folded} receives the nodes
   * that were folded away. {@code links} are the links out of the diagram's nodes, {@code extra} those out of
   * plumbing of other stacks they use (a role another stack exports), read only to resolve grants.
   */
  static Links fold(Set<NodeId> nodes, Links links, Links extra, ProjectIndex index, Set<NodeId> folded) {
    Links all = new Links();
    all.addAll(links);
    all.addAll(extra);
    Set<NodeId> connectorsFolded = new HashSet<>();
    Links derived = new Links();
    for (NodeId n : nodes) {
      String type = index.type(n);
      if (CONNECTORS.contains(type) && connector(n, all, derived)) {
        connectorsFolded.add(n);
      } else if (type.equals("AWS::Lambda::Permission")) {
        permission(n, all, derived);
      }
    }
    Map<NodeId, Links> grants = grants(all, index);
    for (Link l : all.all()) {
      if (l.relation() == Relation.USES_ROLE && !iam(index.type(l.from()))) {
        for (NodeId role : roles(l.to(), all, index)) {
          grants.getOrDefault(role, new Links()).all().forEach(g -> derived.add(l.from(), g.to(), g.relation()));
        }
      }
      if (l.relation() == Relation.ATTACHED_TO && !iam(index.type(l.to())) && iam(index.type(l.from()))) {
        grants.getOrDefault(l.from(), new Links()).all().forEach(g -> derived.add(l.to(), g.to(), g.relation()));
      }
    }
    for (NodeId n : nodes) {
      if (iam(index.type(n)) || connectorsFolded.contains(n)) {
        folded.add(n);
      }
    }
    Links result = new Links();
    for (Link l : links.all()) {
      if (!folded.contains(l.from()) && !folded.contains(l.to()) && !iam(index.type(l.to()))) {
        result.add(l.from(), l.to(), l.relation());
      }
    }
    for (Link l : derived.all()) {
      if (!folded.contains(l.from()) && !folded.contains(l.to())) {
        result.add(l.from(), l.to(), l.relation());
      }
    }
    dropConsumption(result);
    return result;
  }

  /** A mapping or subscription with both ends: the edge between them; false when an end is not a resource. */
  private static boolean connector(NodeId n, Links all, Links derived) {
    NodeId main = null;
    NodeId other = null;
    Relation relation = null;
    for (Link l : all.from(n)) {
      if (l.relation() == Relation.INVOKES || l.relation() == Relation.SUBSCRIBES) {
        main = l.to();
        relation = l.relation() == Relation.INVOKES ? Relation.TRIGGERS : Relation.SUBSCRIBES;
      } else if (l.relation() == Relation.CONNECTS) {
        other = l.to();
      }
    }
    if (main == null || other == null) {
      return false;
    }
    // an event source triggers the function; a subscription's endpoint subscribes to the topic
    derived.add(other, main, relation);
    return true;
  }

  /** A Lambda permission: each source it names invokes its function. */
  private static void permission(NodeId n, Links all, Links derived) {
    List<NodeId> functions = new ArrayList<>();
    List<NodeId> sources = new ArrayList<>();
    for (Link l : all.from(n)) {
      if (l.relation() == Relation.PERMITS) {
        functions.add(l.to());
      } else if (l.relation() == Relation.PERMITTED_SOURCE) {
        sources.add(l.to());
      }
    }
    sources.forEach(s -> functions.forEach(f -> derived.add(s, f, Relation.INVOKES)));
  }

  /** Role or policy → what its statements grant, with the grants of policies attached to a role added to it. */
  private static Map<NodeId, Links> grants(Links all, ProjectIndex index) {
    Map<NodeId, Links> grants = new TreeMap<>();
    for (Link l : all.all()) {
      if (iam(index.type(l.from())) && (l.relation().access() || l.relation() == Relation.INVOKES)) {
        grants.computeIfAbsent(l.from(), k -> new Links()).add(l.from(), l.to(), l.relation());
      }
    }
    for (Link l : all.all()) {
      if (l.relation() == Relation.ATTACHED_TO && index.type(l.to()).equals("AWS::IAM::Role")
          && !index.type(l.from()).equals("AWS::IAM::InstanceProfile") && grants.containsKey(l.from())) {
        Links roleGrants = grants.computeIfAbsent(l.to(), k -> new Links());
        grants.get(l.from()).all().forEach(g -> roleGrants.add(l.to(), g.to(), g.relation()));
      }
    }
    return grants;
  }

  /** The roles behind a role reference: the role itself, or an instance profile's roles. */
  private static Set<NodeId> roles(NodeId target, Links all, ProjectIndex index) {
    Set<NodeId> result = new TreeSet<>();
    if (index.type(target).equals("AWS::IAM::InstanceProfile")) {
      all.from(target).stream().filter(l -> l.relation() == Relation.ATTACHED_TO).forEach(l -> result.add(l.to()));
    } else {
      result.add(target);
    }
    return result;
  }

  /** A consumer reading what triggers it says nothing new: the trigger edge is kept, the read dropped. */
  private static void dropConsumption(Links links) {
    for (Link l : links.all()) {
      if (l.relation() == Relation.TRIGGERS && links.get(l.to(), l.from()).filter(r -> r == Relation.READS).isPresent()) {
        links.remove(l.to(), l.from());
      }
    }
  }
}

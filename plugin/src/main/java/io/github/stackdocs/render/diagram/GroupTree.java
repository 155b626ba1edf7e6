package io.github.stackdocs.render.diagram;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The groups of one diagram, from the group chains of the nodes it draws. Frames that add nothing are left
 * out: a construct frame holding a single node or a single frame (that frame takes the path as its label), a
 * service or subnet frame around one node. VPC, nested stack, other stack and stage frames always stay.
 */
final class GroupTree {
  private static final Set<DiagramGroup.Kind> KEPT = Set.of(DiagramGroup.Kind.VPC, DiagramGroup.Kind.AZ, DiagramGroup.Kind.NESTED_STACK,
      DiagramGroup.Kind.OTHER_STACK, DiagramGroup.Kind.STAGE);

  private static final class Frame {
    final GroupKey key;
    Frame parent;
    String label;
    final Map<String, Frame> children = new TreeMap<>();
    final List<String> nodes = new ArrayList<>();

    Frame(GroupKey key, Frame parent) {
      this.key = key;
      this.parent = parent;
      this.label = key == null ? "" : key.label();
    }
  }

  private final Frame root = new Frame(null, null);
  /** node key → innermost frame. */
  private final Map<String, Frame> placed = new TreeMap<>();

  /** Puts a node (by a sortable key) under its chain of groups, outermost first. */
  void add(String node, List<GroupKey> chain) {
    Frame f = root;
    for (GroupKey k : chain) {
      Frame parent = f;
      f = f.children.computeIfAbsent(k.key(), x -> new Frame(k, parent));
    }
    f.nodes.add(node);
    placed.put(node, f);
  }

  /** The result: groups (parents first, ids handed out by {@code ids}) and each node's group id (empty on top). */
  record Result(List<DiagramGroup> groups, Map<String, String> groupOfNode) {}

  Result build(Ids ids) {
    prune(root);
    List<DiagramGroup> groups = new ArrayList<>();
    Map<Frame, String> frameIds = new HashMap<>();
    emit(root, "", ids, groups, frameIds);
    Map<String, String> groupOfNode = new TreeMap<>();
    placed.forEach((node, frame) -> groupOfNode.put(node, frameIds.getOrDefault(frame, "")));
    return new Result(groups, groupOfNode);
  }

  private void prune(Frame f) {
    for (Frame child : List.copyOf(f.children.values())) {
      prune(child);
    }
    if (f == root) {
      return;
    }
    boolean single = f.nodes.size() + f.children.size() == 1;
    if (!single || KEPT.contains(f.key.kind())) {
      return;
    }
    Frame parent = f.parent;
    parent.children.remove(f.key.key());
    if (f.nodes.size() == 1) {
      parent.nodes.add(f.nodes.get(0));
      placed.put(f.nodes.get(0), parent);
    } else {
      Frame only = f.children.values().iterator().next();
      if (f.key.kind() == DiagramGroup.Kind.CONSTRUCT && only.key.kind() == DiagramGroup.Kind.CONSTRUCT) {
        only.label = f.label + "/" + only.label;
      }
      only.parent = parent;
      parent.children.put(only.key.key(), only);
    }
  }

  private void emit(Frame f, String parentId, Ids ids, List<DiagramGroup> groups, Map<Frame, String> frameIds) {
    for (Frame child : f.children.values()) {
      String id = ids.next("g", child.label);
      frameIds.put(child, id);
      groups.add(new DiagramGroup(id, child.label, parentId, child.key.kind()));
      emit(child, id, ids, groups, frameIds);
    }
  }
}

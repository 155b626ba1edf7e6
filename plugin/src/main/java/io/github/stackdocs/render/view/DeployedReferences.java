package io.github.stackdocs.render.view;

import io.github.stackdocs.model.DeployedState;
import io.github.stackdocs.model.DeployedState.OutputValue;
import io.github.stackdocs.model.DeployedState.ResourceState;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Output;
import io.github.stackdocs.model.Stack;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a stack's deployed snapshot tells of its own resources' {@code Ref} and {@code Fn::GetAtt}: a {@code Ref} is
 * the resource's physical id; a {@code Fn::GetAtt} is known where an output's value is exactly that attribute (the
 * snapshot records the output's deployed value). Pages show such a value with its expression beside it; the model
 * keeps the expression, which analyzers follow to the resource. A masked (secret) output value is never used.
 */
final class DeployedReferences {
  static final DeployedReferences NONE = new DeployedReferences(Map.of(), Map.of());

  private final Map<String, String> refs;
  private final Map<String, String> attributes;

  private DeployedReferences(Map<String, String> refs, Map<String, String> attributes) {
    this.refs = refs;
    this.attributes = attributes;
  }

  static DeployedReferences of(Stack stack) {
    if (stack.deployed().isEmpty()) {
      return NONE;
    }
    DeployedState d = stack.deployed().get();
    Map<String, String> refs = new HashMap<>();
    for (ResourceState r : d.resources()) {
      if (!r.physicalId().isEmpty() && stack.resource(r.logicalId()).isPresent()) {
        refs.put(r.logicalId(), r.physicalId());
      }
    }
    Map<String, String> attributes = new HashMap<>();
    for (Output o : stack.outputs()) {
      Optional<OutputValue> deployed = d.outputs().stream().filter(v -> v.key().equals(o.name())).findFirst();
      if (deployed.isEmpty() || deployed.get().value().equals(DeployedState.MASK)) {
        continue;
      }
      Node written = o.writtenValue().orElse(o.value());
      attribute(written).filter(a -> stack.resource(a.split("\\.", 2)[0]).isPresent())
          .ifPresent(a -> attributes.putIfAbsent(a, deployed.get().value()));
      reference(written).filter(refs::containsKey).ifPresent(r -> refs.putIfAbsent(r, deployed.get().value()));
    }
    return refs.isEmpty() && attributes.isEmpty() ? NONE : new DeployedReferences(refs, attributes);
  }

  /** {@code properties} with every whole {@code Ref}/{@code Fn::GetAtt} the snapshot knows replaced by its value. */
  Node.MapNode shown(Node.MapNode properties) {
    if (this == NONE) {
      return properties;
    }
    Map<String, Node> entries = new LinkedHashMap<>();
    boolean changed = false;
    for (Map.Entry<String, Node> e : properties.entries().entrySet()) {
      Node v = replaced(e.getValue(), 0);
      changed |= v != e.getValue();
      entries.put(e.getKey(), v);
    }
    return changed ? new Node.MapNode(entries, properties.keyLocations(), properties.location()) : properties;
  }

  private Node replaced(Node value, int depth) {
    if (depth > 64) {
      return value;
    }
    Optional<String> known = reference(value).map(refs::get).or(() -> attribute(value).map(attributes::get));
    if (known.isPresent()) {
      return Node.string(known.get(), value.location());
    }
    if (value instanceof Node.MapNode m && !io.github.stackdocs.model.Nodes.isIntrinsic(m)) {
      Map<String, Node> entries = new LinkedHashMap<>();
      boolean changed = false;
      for (Map.Entry<String, Node> e : m.entries().entrySet()) {
        Node v = replaced(e.getValue(), depth + 1);
        changed |= v != e.getValue();
        entries.put(e.getKey(), v);
      }
      return changed ? new Node.MapNode(entries, m.keyLocations(), m.location()) : m;
    }
    if (value instanceof Node.ListNode l) {
      List<Node> items = l.items().stream().map(i -> replaced(i, depth + 1)).toList();
      boolean changed = false;
      for (int i = 0; i < items.size(); i++) {
        changed |= items.get(i) != l.items().get(i);
      }
      return changed ? new Node.ListNode(items, l.location()) : l;
    }
    return value;
  }

  /** The logical id of a whole {@code {"Ref": id}}. */
  private static Optional<String> reference(Node value) {
    if (value instanceof Node.MapNode m && m.size() == 1 && m.get("Ref") instanceof Node.ScalarNode s
        && s.value() instanceof String id) {
      return Optional.of(id);
    }
    return Optional.empty();
  }

  /** {@code Resource.Attribute} of a whole {@code Fn::GetAtt}, in either of its forms. */
  private static Optional<String> attribute(Node value) {
    if (!(value instanceof Node.MapNode m) || m.size() != 1) {
      return Optional.empty();
    }
    Node arg = m.get("Fn::GetAtt");
    if (arg instanceof Node.ScalarNode s && s.value() instanceof String text && text.indexOf('.') > 0) {
      return Optional.of(text);
    }
    if (arg instanceof Node.ListNode l && l.size() == 2 && l.items().stream().allMatch(i -> i instanceof Node.ScalarNode
        s && s.value() instanceof String)) {
      return Optional.of(Node.text(l.items().get(0)).orElse("") + "." + Node.text(l.items().get(1)).orElse(""));
    }
    return Optional.empty();
  }
}

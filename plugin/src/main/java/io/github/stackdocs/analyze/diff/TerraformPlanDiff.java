package io.github.stackdocs.analyze.diff;

import io.github.stackdocs.model.DeployedState;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.PlannedChange;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The change set of Terraform plans, in the shape the CloudFormation diff gives ({@link ChangeSet}): each
 * {@code resource_changes} entry is a resource change (create → added, delete → removed and destroyed, update → in
 * place, a replacement → will replace, its {@code replace_paths} the changes that force it, read → hidden like noise,
 * no-op → nothing), each {@code output_changes} entry an output change. Risks: data loss when a resource whose mapped
 * CloudFormation type holds data ({@link StatefulTypes}) is deleted or replaced and the provider keeps nothing; the
 * security rules of the CloudFormation diff ({@link RiskClassifier#security}) on the resources' CloudFormation shapes.
 * Values arrive masked ({@link PlannedChange}), so nothing here can show a secret.
 */
public final class TerraformPlanDiff {
  /** What a plan's change set suppresses. */
  static final String SUPPRESSED = "attributes known only after apply, data sources read";

  /** The change set of the plans' changes and output changes. */
  public ChangeSet diff(List<PlannedChange> changes, List<PlannedChange.Output> outputs) {
    Map<String, List<ResourceChange>> resources = new TreeMap<>();
    Map<String, List<ItemChange>> items = new TreeMap<>();
    List<Risk> risks = new ArrayList<>();
    for (PlannedChange c : changes) {
      resource(c).ifPresent(r -> {
        resources.computeIfAbsent(c.stack(), s -> new ArrayList<>()).add(r);
        items.computeIfAbsent(c.stack(), s -> new ArrayList<>());
        if (!r.suppressed()) {
          dataLoss(c).ifPresent(risks::add);
        }
      });
    }
    for (PlannedChange.Output o : outputs) {
      output(o).ifPresent(i -> {
        items.computeIfAbsent(o.stack(), s -> new ArrayList<>()).add(i);
        resources.computeIfAbsent(o.stack(), s -> new ArrayList<>());
      });
    }
    List<StackChange> stacks = new ArrayList<>();
    resources.forEach((stack, list) -> stacks.add(new StackChange(stack, ChangeKind.MODIFIED, list, items.get(stack))));
    risks.addAll(new RiskClassifier().security(shapes(changes, false), shapes(changes, true), stacks));
    return new ChangeSet(stacks, risks, SUPPRESSED);
  }

  static Optional<ResourceChange> resource(PlannedChange c) {
    List<String> actions = c.actions();
    String id = c.logicalId() + (c.deposed().isEmpty() ? "" : " (deposed " + c.deposed() + ")");
    if (c.creates()) {
      return Optional.of(new ResourceChange(id, ChangeKind.ADDED, "", c.type(), Impact.CREATE, List.of(), false));
    }
    if (c.deletes() || actions.equals(List.of("forget"))) {
      Impact impact = c.deletes() ? Impact.DESTROY : Impact.ORPHAN;
      return Optional.of(new ResourceChange(id, ChangeKind.REMOVED, c.type(), "", impact, List.of(), false));
    }
    boolean moved = !c.previousAddress().isEmpty() && !c.previousAddress().equals(c.address());
    boolean read = actions.equals(List.of("read"));
    if (!c.replaces() && !actions.equals(List.of("update")) && !read && !moved) {
      return Optional.empty(); // no-op
    }
    List<PropertyChange> changed = new ArrayList<>();
    if (moved) {
      changed.add(new PropertyChange("address", Optional.of(c.previousAddress()), Optional.of(c.address()),
          Impact.NO_UPDATE, false));
    }
    List<NodeDiff.Leaf> leaves = new ArrayList<>();
    diff("", c.before().orElse(null), c.after().orElse(null), leaves);
    for (NodeDiff.Leaf leaf : leaves) {
      String path = leaf.path().startsWith(".") ? leaf.path().substring(1) : leaf.path();
      Optional<String> before = leaf.oldValue().map(Values::text);
      Optional<String> after = leaf.newValue().map(Values::text);
      boolean forces = c.replaces() && forcesReplacement(path, c.replacePaths());
      // a computed attribute Terraform recomputes (an ARN, a timestamp) is not a change to review
      boolean noise = !forces && after.filter(PlannedChange.UNKNOWN::equals).isPresent()
          && ProjectDiff.topLevel(path).equals(path);
      changed.add(new PropertyChange(path, before, after, forces ? Impact.WILL_REPLACE : Impact.IN_PLACE, noise));
    }
    changed.sort(Comparator.comparing((PropertyChange p) -> p.impact() != Impact.WILL_REPLACE)
        .thenComparing(PropertyChange::path));
    Impact impact = c.replaces() ? Impact.WILL_REPLACE : read || moved && leaves.isEmpty() ? Impact.NO_UPDATE
        : Impact.IN_PLACE;
    return Optional.of(new ResourceChange(id, ChangeKind.MODIFIED, c.type(), c.type(), impact, changed, read));
  }

  /**
   * Like {@link NodeDiff#diff}, but a list of objects is a set of blocks (Terraform's {@code ingress},
   * {@code inline_policy}): a block that is in both is no change wherever it sits; the others are removed and added.
   */
  static void diff(String path, Node a, Node b, List<NodeDiff.Leaf> out) {
    if (a instanceof Node.MapNode x && b instanceof Node.MapNode y) {
      java.util.Set<String> keys = new java.util.LinkedHashSet<>(x.entries().keySet());
      keys.addAll(y.entries().keySet());
      for (String k : keys) {
        diff(path + "." + k, x.get(k), y.get(k), out);
      }
    } else if (a instanceof Node.ListNode x && b instanceof Node.ListNode y && blocks(x) && blocks(y)
        && x.size() + y.size() > 0) {
      List<Node> added = new ArrayList<>(y.items());
      List<Integer> removed = new ArrayList<>();
      for (int i = 0; i < x.size(); i++) {
        int at = indexOf(added, x.get(i));
        if (at < 0) {
          removed.add(i);
        } else {
          added.set(at, null);
        }
      }
      List<Integer> rest = new ArrayList<>();
      for (int j = 0; j < y.size(); j++) {
        if (added.get(j) != null) {
          rest.add(j);
        }
      }
      // the blocks left on both sides pair up in order (a block edited in place), the others are removed or added
      for (int k = 0; k < Math.max(removed.size(), rest.size()); k++) {
        int i = k < removed.size() ? removed.get(k) : -1;
        int j = k < rest.size() ? rest.get(k) : -1;
        if (i >= 0 && j >= 0) {
          diff(path + "[" + j + "]", x.get(i), y.get(j), out);
        } else if (i >= 0) {
          out.add(new NodeDiff.Leaf(path + "[" + i + "]", Optional.of(x.get(i)), Optional.empty()));
        } else {
          out.add(new NodeDiff.Leaf(path + "[" + j + "]", Optional.empty(), Optional.of(y.get(j))));
        }
      }
    } else {
      NodeDiff.diff(path, a, b, out);
    }
  }

  private static boolean blocks(Node.ListNode l) {
    return l.items().stream().allMatch(i -> i instanceof Node.MapNode);
  }

  private static int indexOf(List<Node> list, Node n) {
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) != null && io.github.stackdocs.model.Nodes.same(list.get(i), n, true)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The drift of a plan's {@code resource_drift} as deployed states, one per stack: a resource updated outside
   * Terraform is MODIFIED with its differences (expected: the value the state records; actual: the one Terraform
   * found), one deleted outside Terraform is DELETED. The deployed resources are not all known (only the drifted
   * ones are listed).
   */
  public Map<String, DeployedState> drift(List<PlannedChange> drift) {
    Map<String, List<DeployedState.ResourceState>> byStack = new TreeMap<>();
    Map<String, io.github.stackdocs.model.SourceLocation> where = new TreeMap<>();
    for (PlannedChange c : drift) {
      String physicalId = c.before().map(b -> b instanceof Node.MapNode m ? m.get("id") : null)
          .filter(n -> n instanceof Node.ScalarNode s && !s.isNull()).map(Values::text).orElse("");
      String status;
      List<DeployedState.PropertyDifference> differences = new ArrayList<>();
      if (c.deletes()) {
        status = "DELETED";
      } else if (c.actions().equals(List.of("update")) || c.replaces()) {
        status = "MODIFIED";
        List<NodeDiff.Leaf> leaves = new ArrayList<>();
        diff("", c.before().orElse(null), c.after().orElse(null), leaves);
        for (NodeDiff.Leaf leaf : leaves) {
          String pointer = "/" + leaf.path().substring(1).replace("~", "~0").replace("/", "~1")
              .replaceAll("\\[(\\d+)]", ".$1").replace('.', '/');
          differences.add(new DeployedState.PropertyDifference(pointer, leaf.oldValue().map(Values::text).orElse(""),
              leaf.newValue().map(Values::text).orElse(""), leaf.oldValue().isEmpty() ? "ADD"
              : leaf.newValue().isEmpty() ? "REMOVE" : "NOT_EQUAL"));
        }
      } else {
        continue;
      }
      byStack.computeIfAbsent(c.stack(), s -> new ArrayList<>()).add(new DeployedState.ResourceState(c.logicalId(),
          physicalId, "", "", "", "", status, differences, c.location()));
      where.putIfAbsent(c.stack(), c.location());
    }
    Map<String, DeployedState> out = new TreeMap<>();
    byStack.forEach((stack, resources) -> out.put(stack, new DeployedState(stack, "", "", "", "", "DRIFTED",
        List.of(), List.of(), resources, false, Optional.empty(), where.get(stack))));
    return out;
  }

  /** True when {@code path} ({@code tags.Name}, {@code ingress[0].cidr_blocks}) is or lies under a replace path. */
  static boolean forcesReplacement(String path, List<String> replacePaths) {
    for (String p : replacePaths) {
      if (path.equals(p) || path.startsWith(p) && (path.charAt(p.length()) == '.' || path.charAt(p.length()) == '[')) {
        return true;
      }
    }
    return false;
  }

  private static Optional<ItemChange> output(PlannedChange.Output o) {
    ChangeKind kind = switch (String.join(",", o.actions())) {
      case "create" -> ChangeKind.ADDED;
      case "delete" -> ChangeKind.REMOVED;
      case "update", "delete,create", "create,delete" -> ChangeKind.MODIFIED;
      default -> null;
    };
    return kind == null ? Optional.empty()
        : Optional.of(new ItemChange(ItemChange.Section.OUTPUT, o.name(), kind, o.before().map(Values::text),
            o.after().map(Values::text), false));
  }

  /** Data loss: a stateful resource deleted or replaced while the provider keeps nothing of it. */
  static Optional<Risk> dataLoss(PlannedChange c) {
    boolean gone = c.deletes() || c.replaces();
    if (!gone || !StatefulTypes.stateful(c.cloudFormationType()) || !c.keepsData().isEmpty()
        || c.beforeShape().filter(r -> !StatefulTypes.holdsData(r)).isPresent()) {
      return Optional.empty();
    }
    String what = c.type() + " (" + c.cloudFormationType() + ")";
    String reason = c.replaces()
        ? what + " will be replaced" + (c.replacePaths().isEmpty() ? ""
            : " (" + String.join(", ", c.replacePaths()) + " forces replacement)")
            + " and the old one destroyed; its data is lost"
        : what + " is destroyed" + (c.actionReason().equals("delete_because_no_resource_config")
            ? " (removed from the configuration)" : "") + "; its data is lost";
    return Optional.of(new Risk(RiskKind.DATA_LOSS, c.stack(), c.logicalId(), reason));
  }

  /** The resources' CloudFormation shapes before (or after) the plan, as stacks the security rules read. */
  private static Project shapes(List<PlannedChange> changes, boolean after) {
    Map<String, List<Resource>> byStack = new TreeMap<>();
    for (PlannedChange c : changes) {
      Optional<Resource> shape = after ? c.afterShape() : c.beforeShape();
      shape.ifPresent(r -> byStack.computeIfAbsent(c.stack(), s -> new ArrayList<>()).add(r));
    }
    List<Stack> stacks = new ArrayList<>();
    byStack.forEach((name, list) -> stacks.add(new Stack(name, "", "terraform", "", List.of(), Optional.empty(),
        List.of(), List.of(), Optional.empty(), Map.of(), Optional.empty(), list, List.of(), List.of())));
    return new Project("", stacks);
  }
}

package io.github.stackdocs.read.tfplan;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.PlannedChange;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The changes of a Terraform plan ({@code terraform show -json <planfile>}): its {@code resource_changes} and
 * {@code output_changes}, every value masked ({@link SensitiveValues}). An entry of the wrong shape is a located
 * finding ({@code terraform-plan-shape}) and is left out; nothing else is dropped.
 */
public final class PlanChangesReader {
  private static final String CODE = "terraform-plan-shape";
  /** Attributes with which the provider keeps a deleted resource's data, by Terraform type: name and the value. */
  private static final Map<String, List<String>> KEEPS_DATA = Map.of(
      "aws_db_instance", List.of("skip_final_snapshot", "false"),
      "aws_rds_cluster", List.of("skip_final_snapshot", "false"),
      "aws_docdb_cluster", List.of("skip_final_snapshot", "false"),
      "aws_neptune_cluster", List.of("skip_final_snapshot", "false"),
      "aws_redshift_cluster", List.of("skip_final_snapshot", "false"),
      "aws_s3_bucket", List.of("force_destroy", "false"),
      "aws_ecr_repository", List.of("force_delete", "false"),
      "aws_cloudwatch_log_group", List.of("skip_destroy", "true"));

  private final Function<String, Optional<String>> cloudFormationTypes;

  /** @param cloudFormationTypes the CloudFormation type a Terraform type maps to, if any */
  public PlanChangesReader(Function<String, Optional<String>> cloudFormationTypes) {
    this.cloudFormationTypes = cloudFormationTypes;
  }

  /** What a plan changes. */
  /**
   * @param drift the plan's {@code resource_drift}: what changed outside Terraform since the last apply, each entry
   *     a change from the state Terraform recorded to the resource as it found it
   */
  public record Result(List<PlannedChange> changes, List<PlannedChange.Output> outputs, List<PlannedChange> drift,
      List<Finding> findings) {}

  /**
   * @param plan the plan document
   * @param file how findings name the file
   */
  public Result read(Node plan, String file, Placement placement) {
    List<Finding> findings = new ArrayList<>();
    List<PlannedChange> changes = new ArrayList<>();
    List<PlannedChange.Output> outputs = new ArrayList<>();
    SensitiveValues secrets = SensitiveValues.collect(plan);
    String root = placement.stack("");
    List<Node> entries = SensitiveValues.items(SensitiveValues.field(plan, "resource_changes"));
    for (int i = 0; i < entries.size(); i++) {
      change(entries.get(i), "/resource_changes/" + i, file, root, placement, secrets, findings)
          .ifPresent(changes::add);
    }
    List<PlannedChange> drift = new ArrayList<>();
    List<Node> drifted = SensitiveValues.items(SensitiveValues.field(plan, "resource_drift"));
    for (int i = 0; i < drifted.size(); i++) {
      change(drifted.get(i), "/resource_drift/" + i, file, root, placement, secrets, findings).ifPresent(drift::add);
    }
    if (SensitiveValues.field(plan, "output_changes") instanceof Node.MapNode o) {
      o.entries().forEach((name, c) -> {
        List<String> actions = strings(SensitiveValues.field(c, "actions"));
        Optional<Node> before = side(c, "before", "before_sensitive", null, secrets, false);
        Optional<Node> after = side(c, "after", "after_sensitive", "after_unknown", secrets, true);
        outputs.add(new PlannedChange.Output(root, name, actions, before, after));
      });
    }
    return new Result(changes, outputs, drift, findings);
  }

  private Optional<PlannedChange> change(Node rc, String pointer, String file, String root, Placement placement,
      SensitiveValues secrets, List<Finding> findings) {
    SourceLocation at = rc == null ? SourceLocation.UNKNOWN : rc.location();
    String type = text(SensitiveValues.field(rc, "type"));
    String address = text(SensitiveValues.field(rc, "address"));
    if (address.isEmpty() && !type.isEmpty() && !text(SensitiveValues.field(rc, "name")).isEmpty()) {
      address = address(rc, type); // Terraform 1.0 wrote resource_drift entries without their address
    }
    Node change = SensitiveValues.field(rc, "change");
    List<String> actions = strings(SensitiveValues.field(change, "actions"));
    if (address.isEmpty() || type.isEmpty() || actions.isEmpty()) {
      findings.add(Finding.error(CODE, "resource change at JSON path " + pointer + " in " + file + " has no "
          + (address.isEmpty() ? "address" : type.isEmpty() ? "type" : "change.actions")
          + "; expected an entry as terraform show -json writes it (address, type, change.actions); it is left out",
          at, root));
      return Optional.empty();
    }
    String module = text(SensitiveValues.field(rc, "module_address"));
    Node rawBefore = SensitiveValues.field(change, "before");
    Node rawAfter = SensitiveValues.field(change, "after");
    Optional<Node> before = nonNull(rawBefore).map(b -> secrets.mask(b, SensitiveValues.field(change,
        "before_sensitive"), null, rawAfter, "", false));
    Optional<Node> after = nonNull(rawAfter).or(() -> unknownOnly(change)).map(a -> secrets.mask(a,
        SensitiveValues.field(change, "after_sensitive"), SensitiveValues.field(change, "after_unknown"), rawBefore,
        "", true));
    List<String> replacePaths = new ArrayList<>();
    for (Node path : SensitiveValues.items(SensitiveValues.field(change, "replace_paths"))) {
      replacePaths.add(path(path));
    }
    String id = placement.logicalId(address, module);
    String stack = placement.stack(module);
    return Optional.of(new PlannedChange(stack, id, address, text(SensitiveValues.field(rc, "previous_address")),
        text(SensitiveValues.field(rc, "deposed")), type, cloudFormationTypes.apply(type).orElse(""), actions, before,
        after, replacePaths, text(SensitiveValues.field(rc, "action_reason")), keepsData(type, rawBefore),
        before.flatMap(b -> SecurityShapes.of(type, id, b, at)), after.flatMap(a -> SecurityShapes.of(type, id, a, at)),
        at));
  }

  /**
   * The drift a state file shows against a plan without {@code resource_drift} (Terraform before 1.0, or a plan
   * made with {@code -refresh=false} compared with a later state): each managed resource instance of the state
   * ({@code values}, what Terraform recorded) whose values differ from the plan's {@code prior_state} (what it found)
   * is a change from the one to the other, one missing from the prior state a deletion. Empty when the state and the
   * plan share no resource address (they are of different configurations).
   */
  public List<PlannedChange> stateDrift(Node state, Node plan, Placement placement) {
    Map<String, Node> recorded = new java.util.TreeMap<>();
    Map<String, Node> found = new java.util.TreeMap<>();
    instances(SensitiveValues.field(SensitiveValues.field(state, "values"), "root_module"), recorded, 0);
    instances(SensitiveValues.field(SensitiveValues.field(SensitiveValues.field(plan, "prior_state"), "values"),
        "root_module"), found, 0);
    List<PlannedChange> drift = new ArrayList<>();
    if (recorded.keySet().stream().noneMatch(found::containsKey)) {
      return drift;
    }
    SensitiveValues secrets = SensitiveValues.collect(plan);
    secrets.addAll(SensitiveValues.collect(state));
    recorded.forEach((address, r) -> {
      Node f = found.get(address);
      Node before = SensitiveValues.field(r, "values");
      Node after = f == null ? null : SensitiveValues.field(f, "values");
      if (after != null && io.github.stackdocs.model.Nodes.same(before, after, true)) {
        return;
      }
      String type = text(SensitiveValues.field(r, "type"));
      String module = Placement.moduleOf(address);
      Optional<Node> b = nonNull(before).map(v -> secrets.mask(v, SensitiveValues.field(r, "sensitive_values"), null,
          after, "", false));
      Optional<Node> a = nonNull(after).map(v -> secrets.mask(v, SensitiveValues.field(f, "sensitive_values"), null,
          before, "", true));
      drift.add(new PlannedChange(placement.stack(module), placement.logicalId(address, module), address, "", "",
          type, cloudFormationTypes.apply(type).orElse(""), List.of(f == null ? "delete" : "update"), b, a, List.of(),
          "", "", Optional.empty(), Optional.empty(), (f == null ? r : f).location()));
    });
    return drift;
  }

  /** The managed resource instances of a state's module and its child modules, by address. */
  private static void instances(Node module, Map<String, Node> into, int depth) {
    if (module == null || depth > 100) {
      return;
    }
    for (Node r : SensitiveValues.items(SensitiveValues.field(module, "resources"))) {
      String address = text(SensitiveValues.field(r, "address"));
      if (!address.isEmpty() && !"data".equals(text(SensitiveValues.field(r, "mode")))) {
        into.put(address, r);
      }
    }
    for (Node child : SensitiveValues.items(SensitiveValues.field(module, "child_modules"))) {
      instances(child, into, depth + 1);
    }
  }

  /** {@code module.m.type.name[index]} from an entry's parts. */
  private static String address(Node rc, String type) {
    String module = text(SensitiveValues.field(rc, "module_address"));
    String data = "data".equals(text(SensitiveValues.field(rc, "mode"))) ? "data." : "";
    Node index = SensitiveValues.field(rc, "index");
    String key = !(index instanceof Node.ScalarNode s) || s.isNull() ? ""
        : s.value() instanceof Number ? "[" + s.text() + "]" : "[\"" + s.text() + "\"]";
    return (module.isEmpty() ? "" : module + ".") + data + type + "." + text(SensitiveValues.field(rc, "name")) + key;
  }

  /** An {@code after} that is null while some values are known after apply: an empty object to put them on. */
  private static Optional<Node> unknownOnly(Node change) {
    return SensitiveValues.field(change, "after_unknown") instanceof Node.MapNode u && !u.entries().isEmpty()
        && !strings(SensitiveValues.field(change, "actions")).equals(List.of("delete"))
        ? Optional.of(new Node.MapNode(Map.of(), Map.of(), u.location())) : Optional.empty();
  }

  /** One side of an output change, masked; {@link PlannedChange#UNKNOWN} when known only after apply. */
  private static Optional<Node> side(Node c, String key, String marks, String unknown, SensitiveValues secrets,
      boolean newSide) {
    Node value = SensitiveValues.field(c, key);
    Node u = unknown == null ? null : SensitiveValues.field(c, unknown);
    if (value == null && !SensitiveValues.isTrue(u)) {
      return Optional.empty();
    }
    Node other = SensitiveValues.field(c, newSide ? "before" : "after");
    return Optional.of(secrets.mask(value == null ? new Node.ScalarNode(null, c.location()) : value,
        SensitiveValues.field(c, marks), u, other, "", newSide));
  }

  /** {@code skip_final_snapshot = false} and the like, when the values before say the provider keeps the data. */
  static String keepsData(String type, Node before) {
    List<String> rule = KEEPS_DATA.get(type);
    if (rule == null || !(SensitiveValues.field(before, rule.get(0)) instanceof Node.ScalarNode s) || s.isNull()) {
      return "";
    }
    return s.text().equals(rule.get(1)) ? rule.get(0) + " = " + rule.get(1) : "";
  }

  /** A replace path ({@code ["tags", "Name"]}, {@code ["ingress", 0]}) as {@code tags.Name}, {@code ingress[0]}. */
  private static String path(Node path) {
    StringBuilder sb = new StringBuilder();
    for (Node step : SensitiveValues.items(path)) {
      if (step instanceof Node.ScalarNode s && s.value() instanceof Number) {
        sb.append('[').append(s.text()).append(']');
      } else {
        sb.append(sb.isEmpty() ? "" : ".").append(text(step));
      }
    }
    return sb.toString();
  }

  private static Optional<Node> nonNull(Node n) {
    return n == null || n instanceof Node.ScalarNode s && s.isNull() ? Optional.empty() : Optional.of(n);
  }

  static List<String> strings(Node n) {
    List<String> out = new ArrayList<>();
    for (Node item : SensitiveValues.items(n)) {
      out.add(text(item));
    }
    return out;
  }

  static String text(Node n) {
    return n instanceof Node.ScalarNode s && !s.isNull() && !(n instanceof Node.MapNode) ? s.text() : "";
  }
}

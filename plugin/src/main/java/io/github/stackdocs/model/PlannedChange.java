package io.github.stackdocs.model;

import java.util.List;
import java.util.Optional;

/**
 * One entry of a Terraform plan's {@code resource_changes}, as the change log needs it. Values are already masked:
 * whatever Terraform marks sensitive ({@code before_sensitive}/{@code after_sensitive}), or a known secret holds, is
 * {@link #SENSITIVE} (or {@link #SENSITIVE_CHANGED} on the new side when the secret changed); values Terraform only
 * knows after apply are {@link #UNKNOWN}.
 *
 * @param stack the stack the resource belongs to (its module's)
 * @param logicalId the resource's id in that stack
 * @param address the full address, {@code module.network.aws_subnet.private[0]}
 * @param previousAddress the address before a {@code moved} block, or empty
 * @param deposed the deposed object's key, or empty
 * @param type the Terraform type ({@code aws_db_instance})
 * @param cloudFormationType the mapped CloudFormation type, or empty when unmapped
 * @param actions Terraform's actions: {@code create}, {@code update}, {@code delete}, {@code read}, {@code no-op},
 *     {@code forget}, or a replacement ({@code delete, create} / {@code create, delete})
 * @param before the values before, empty when created
 * @param after the values after, empty when deleted
 * @param replacePaths the attribute paths that force the replacement ({@code storage_encrypted}, {@code tags.Name})
 * @param actionReason why Terraform chose the action ({@code replace_because_cannot_update}), or empty
 * @param keepsData when the provider keeps the data of a deleted resource, the attribute that says so
 *     ({@code skip_final_snapshot = false}); else empty
 * @param beforeShape, afterShape the resource in CloudFormation's shape for the security rules (security groups,
 *     IAM policies, permissions), when its type has one
 */
public record PlannedChange(
    String stack,
    String logicalId,
    String address,
    String previousAddress,
    String deposed,
    String type,
    String cloudFormationType,
    List<String> actions,
    Optional<Node> before,
    Optional<Node> after,
    List<String> replacePaths,
    String actionReason,
    String keepsData,
    Optional<Resource> beforeShape,
    Optional<Resource> afterShape,
    SourceLocation location) {

  /** What a sensitive value is shown as. */
  public static final String SENSITIVE = "(sensitive value)";
  /** A sensitive value that the plan changes, on the new side. */
  public static final String SENSITIVE_CHANGED = "(sensitive value, changed)";
  /** A value known only after apply. */
  public static final String UNKNOWN = "(known after apply)";

  public PlannedChange {
    previousAddress = previousAddress == null ? "" : previousAddress;
    deposed = deposed == null ? "" : deposed;
    cloudFormationType = cloudFormationType == null ? "" : cloudFormationType;
    actions = List.copyOf(actions);
    replacePaths = List.copyOf(replacePaths);
    actionReason = actionReason == null ? "" : actionReason;
    keepsData = keepsData == null ? "" : keepsData;
    location = location == null ? SourceLocation.UNKNOWN : location;
  }

  public boolean replaces() {
    return actions.contains("delete") && actions.contains("create");
  }

  public boolean creates() {
    return actions.equals(List.of("create"));
  }

  public boolean deletes() {
    return actions.equals(List.of("delete"));
  }

  /**
   * A planned output change ({@code output_changes}); values masked like resource values.
   *
   * @param actions {@code create}, {@code update}, {@code delete} or {@code no-op}
   */
  public record Output(String stack, String name, List<String> actions, Optional<Node> before,
      Optional<Node> after) {
    public Output {
      actions = List.copyOf(actions);
    }
  }
}

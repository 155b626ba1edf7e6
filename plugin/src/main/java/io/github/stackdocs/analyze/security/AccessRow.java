package io.github.stackdocs.analyze.security;

import io.github.stackdocs.model.SourceLocation;
import java.util.List;

/**
 * One grant: who ({@code principals}) may or may not ({@code effect}) do what ({@code actions}) on which resources.
 * One row per policy statement, per Lambda permission, per attached managed policy and per SAM policy template.
 *
 * @param holder the resource whose property holds the policy (a role, a bucket policy, a permission ...)
 * @param source which policy: {@code trust policy}, {@code inline policy orders-read}, {@code bucket policy},
 *     {@code managed policy arn:...}, {@code SAM policy template DynamoDBCrudPolicy} ...
 * @param effect {@code Allow} or {@code Deny} (as written when it is an expression)
 * @param principals who; empty for an identity policy attached to nothing in the templates
 * @param actions the actions (for {@code NotAction}, every action but these); for a managed policy or a SAM policy
 *     template, its name
 * @param resources which resources (for {@code NotResource}, every resource but these); empty when the policy itself
 *     decides (a managed policy)
 * @param conditional true when the statement has a {@code Condition} (or the permission a source ARN or account)
 * @param flags what a reviewer should look at, in {@link Flag} order
 * @param notes one sentence per flag that needs saying why (the foreign account, the managed policy)
 * @param condition the holder's {@code Condition} when the environment does not decide it, else empty
 */
public record AccessRow(String holder, String holderType, String source, String effect, List<Target> principals,
    List<String> actions, boolean notAction, List<Target> resources, boolean notResource, boolean conditional,
    List<Flag> flags, List<String> notes, String condition, SourceLocation location) {

  public AccessRow {
    principals = List.copyOf(principals);
    actions = List.copyOf(actions);
    resources = List.copyOf(resources);
    flags = flags.stream().distinct().sorted().toList();
    notes = List.copyOf(notes);
    condition = condition == null ? "" : condition;
  }

  /** What makes a grant worth a reviewer's look. */
  public enum Flag {
    /** {@code *} or {@code service:*} among the actions, {@code NotAction}, or a managed policy that allows everything. */
    WILDCARD_ACTION("wildcard action"),
    /** {@code *} or {@code NotResource} as the resources of an identity policy. */
    WILDCARD_RESOURCE("every resource"),
    /** A principal of another AWS account than the environment's. */
    CROSS_ACCOUNT("cross-account"),
    /** {@code *} as the principal: anyone, any account. */
    PUBLIC("anyone");

    private final String label;

    Flag(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public boolean allows() {
    return effect.equals("Allow");
  }

  /** A short text of the grant for risks: {@code principals → actions → resources}. */
  public String summary() {
    return (principals.isEmpty() ? "(attached to nothing)" : String.join(", ",
        principals.stream().map(Target::text).toList())) + " → " + (notAction ? "all but " : "")
        + String.join(", ", actions) + " → " + (resources.isEmpty() ? "(as the policy says)"
        : (notResource ? "all but " : "") + String.join(", ", resources.stream().map(Target::text).toList()));
  }
}

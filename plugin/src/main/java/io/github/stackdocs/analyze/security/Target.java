package io.github.stackdocs.analyze.security;

/**
 * A principal or a resource an access row names: a resource of the project when the value names one ({@code stack}
 * and {@code logicalId} set), else the value's text.
 *
 * @param text what the template writes, compact ({@code *}, an ARN, {@code ${Bucket.Arn}/*}); for a bare {@code Ref}
 *     or {@code GetAtt} of a resource, its logical id
 * @param stack the stack of the resource named, or empty
 * @param logicalId the resource named, or empty
 */
public record Target(String text, String stack, String logicalId) {
  public Target {
    stack = stack == null ? "" : stack;
    logicalId = logicalId == null ? "" : logicalId;
  }

  static Target text(String text) {
    return new Target(text, "", "");
  }

  static Target resource(String stack, String logicalId, String text) {
    return new Target(text, stack, logicalId);
  }

  /** True when the value names a resource of the project. */
  public boolean resolved() {
    return !logicalId.isEmpty();
  }

  /** True when the written value says more than the resource's id (a suffix such as {@code /*}, an attribute). */
  public boolean qualified() {
    return resolved() && !text.equals(logicalId);
  }
}

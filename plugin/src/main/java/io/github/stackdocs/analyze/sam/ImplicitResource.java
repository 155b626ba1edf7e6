package io.github.stackdocs.analyze.sam;

/**
 * A resource the SAM transform will add to the template for a SAM resource.
 *
 * @param logicalId the logical id the SAM translator gives it; with {@code hashed}, the part before the hash
 * @param type the CloudFormation type, e.g. {@code AWS::IAM::Role}
 * @param hashed true when the translator appends a 10-character content hash (deployments, versions, layers)
 * @param reason why it is created, e.g. {@code event GetItems (Api)}; empty for the resource itself
 */
public record ImplicitResource(String logicalId, String type, boolean hashed, String reason) {
  public ImplicitResource {
    reason = reason == null ? "" : reason;
  }

  /** The logical id as shown: {@code MyFnVersion<hash>} for hashed ids. */
  public String displayId() {
    return hashed ? logicalId + "<hash>" : logicalId;
  }

  /** Whether a logical id of the transformed template is this one (for hashed ids: prefix and 10 hex digits). */
  public boolean matches(String id) {
    if (!hashed) {
      return id.equals(logicalId);
    }
    return id.length() == logicalId.length() + 10 && id.startsWith(logicalId)
        && id.substring(logicalId.length()).chars().allMatch(c -> Character.digit(c, 16) >= 0);
  }
}

package io.github.stackdocs.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What is deployed for one stack, as an offline snapshot (AWS CLI JSON) or the live API reports it.
 * Values are kept as CloudFormation writes them (timestamps as ISO-8601 text), so output stays stable.
 * Parameter values of NoEcho parameters are never kept: {@link ParameterValue#value()} is {@code ****}.
 *
 * @param stackName the deployed stack's name
 * @param stackId the stack ARN, or empty when the snapshot has no {@code describe-stacks} entry
 * @param status e.g. {@code UPDATE_COMPLETE}, or empty when unknown
 * @param statusReason CloudFormation's reason for the status, or empty
 * @param lastUpdated {@code LastUpdatedTime}, else {@code CreationTime}, else empty
 * @param stackDriftStatus {@code DriftInformation.StackDriftStatus} (IN_SYNC, DRIFTED, NOT_CHECKED ...), or empty
 * @param parameters parameter values, sorted by key
 * @param outputs output values, sorted by key
 * @param resources the deployed resources, sorted by logical id; empty when {@code resourcesKnown} is false
 * @param resourcesKnown true when the snapshot lists the stack's resources (so missing and extra resources can be told)
 * @param templateBody the deployed template ({@code get-template}), when the snapshot has it
 * @param location the snapshot file (and entry) the stack's status comes from
 */
public record DeployedState(
    String stackName,
    String stackId,
    String status,
    String statusReason,
    String lastUpdated,
    String stackDriftStatus,
    List<ParameterValue> parameters,
    List<OutputValue> outputs,
    List<ResourceState> resources,
    boolean resourcesKnown,
    Optional<String> templateBody,
    SourceLocation location) {

  /** What a NoEcho parameter's value is replaced by. */
  public static final String MASK = "****";

  public DeployedState {
    stackName = nz(stackName);
    stackId = nz(stackId);
    status = nz(status);
    statusReason = nz(statusReason);
    lastUpdated = nz(lastUpdated);
    stackDriftStatus = nz(stackDriftStatus);
    parameters = parameters.stream().sorted(Comparator.comparing(ParameterValue::key)).toList();
    outputs = outputs.stream().sorted(Comparator.comparing(OutputValue::key)).toList();
    resources = resources.stream().sorted(Comparator.comparing(ResourceState::logicalId)).toList();
    templateBody = templateBody == null ? Optional.empty() : templateBody;
    location = location == null ? SourceLocation.UNKNOWN : location;
  }

  /** The region part of the stack ARN ({@code arn:aws:cloudformation:<region>:...}), or empty. */
  public String region() {
    return arnPart(3);
  }

  /** The partition part of the stack ARN ({@code aws}, {@code aws-cn}, ...), or empty. */
  public String partition() {
    return arnPart(1);
  }

  /** The account part of the stack ARN, or empty. */
  public String accountId() {
    return arnPart(4);
  }

  private String arnPart(int index) {
    String[] parts = stackId.split(":", 6);
    return parts.length == 6 && parts[0].equals("arn") ? parts[index] : "";
  }

  /** The resource with this logical id; a binary search, as {@link #resources()} is sorted by logical id. */
  public Optional<ResourceState> resource(String logicalId) {
    int lo = 0;
    int hi = resources.size();
    while (lo < hi) { // the first resource whose id is not below logicalId
      int mid = (lo + hi) >>> 1;
      if (resources.get(mid).logicalId().compareTo(logicalId) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < resources.size() && resources.get(lo).logicalId().equals(logicalId)
        ? Optional.of(resources.get(lo)) : Optional.empty();
  }

  /**
   * A parameter value; {@code value} is {@link #MASK} when {@code masked}.
   *
   * @param masked true for NoEcho parameters (and parameters the template does not declare)
   */
  public record ParameterValue(String key, String value, boolean masked) {
    public ParameterValue {
      key = nz(key);
      value = masked ? MASK : nz(value);
    }
  }

  /** An output's deployed value and export name (empty when not exported). */
  public record OutputValue(String key, String value, String description, String exportName) {
    public OutputValue {
      key = nz(key);
      value = nz(value);
      description = nz(description);
      exportName = nz(exportName);
    }
  }

  /**
   * One deployed resource.
   *
   * @param driftStatus IN_SYNC, MODIFIED, DELETED, NOT_CHECKED, or empty when the snapshot does not say
   * @param differences the property differences of a MODIFIED resource ({@code describe-stack-resource-drifts})
   * @param location the snapshot file and entry it comes from
   */
  public record ResourceState(
      String logicalId,
      String physicalId,
      String type,
      String status,
      String statusReason,
      String lastUpdated,
      String driftStatus,
      List<PropertyDifference> differences,
      SourceLocation location) {
    public ResourceState {
      logicalId = nz(logicalId);
      physicalId = nz(physicalId);
      type = nz(type);
      status = nz(status);
      statusReason = nz(statusReason);
      lastUpdated = nz(lastUpdated);
      driftStatus = nz(driftStatus);
      differences = List.copyOf(differences);
      location = location == null ? SourceLocation.UNKNOWN : location;
    }

    public ResourceState withDrift(String status, List<PropertyDifference> diffs) {
      return new ResourceState(logicalId, physicalId, type, this.status, statusReason, lastUpdated, status, diffs,
          location);
    }
  }

  /**
   * One property that differs from the template ({@code PropertyDifferences} of a drift report).
   *
   * @param path the property path, e.g. {@code /BillingMode}
   * @param differenceType ADD, REMOVE or NOT_EQUAL
   */
  public record PropertyDifference(String path, String expected, String actual, String differenceType) {
    public PropertyDifference {
      path = nz(path);
      expected = nz(expected);
      actual = nz(actual);
      differenceType = nz(differenceType);
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}

package io.github.stackdocs.analyze.diff;

/** Why a change is dangerous. */
public enum RiskKind {
  /** A stateful resource is replaced or deleted without a Retain or Snapshot policy. */
  DATA_LOSS("DATA LOSS"),
  /** Permissions are broadened or network access is opened. */
  SECURITY("SECURITY"),
  /** The deployment will fail, e.g. an export another stack still imports is removed. */
  DEPLOY_FAILURE("DEPLOY FAILURE");

  private final String label;

  RiskKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}

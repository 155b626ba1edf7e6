package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;

/**
 * CDK writes {@code {}} as the template of a stack (or nested stack) without resources and does not deploy
 * it: for templates that come from a cloud assembly, "missing Resources" is a note, not an error.
 */
public final class CdkEmptyStacks {
  private CdkEmptyStacks() {}

  /** {@code finding} itself, or an INFO {@code cdk-empty-stack} in place of a missing-resources error. */
  public static Finding relax(Finding finding, String stackName) {
    return finding.code().equals("missing-resources")
        ? new Finding(Severity.INFO, "cdk-empty-stack", "stack '" + stackName + "' has no resources; CDK does not deploy it",
            finding.location(), finding.stack())
        : finding;
  }
}

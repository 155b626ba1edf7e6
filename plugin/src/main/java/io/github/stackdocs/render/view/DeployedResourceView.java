package io.github.stackdocs.render.view;

import java.util.List;

/**
 * A resource's deployed state as shown.
 *
 * @param deployed false when the snapshot lists the stack's resources and this one is not among them
 * @param consoleUrl the AWS console page (built by {@link ConsoleLinks} from sanitized values), or empty
 * @param differences readable property differences of a drifted resource
 */
public record DeployedResourceView(
    String logicalId,
    String type,
    boolean deployed,
    String physicalId,
    String status,
    String lastUpdated,
    String driftStatus,
    String consoleUrl,
    List<String> differences) {
  public DeployedResourceView {
    differences = List.copyOf(differences);
  }
}

package io.github.stackdocs.render.view;

import java.util.List;

/**
 * A stack's deployed state as shown (only when a snapshot was given). Parameter values of NoEcho parameters
 * are {@code ****} already in the model.
 *
 * @param parameters parameter key → value (masked where NoEcho)
 * @param outputs output key → value, with the export name in {@code extra}
 * @param notInTemplate resources deployed but not in the template
 * @param resourcesKnown true when the snapshot lists the stack's resources
 * @param drift the stack's {@code drift-*} findings
 */
public record DeployedView(
    String status,
    String statusReason,
    String lastUpdated,
    String driftStatus,
    String stackId,
    String region,
    List<Row> parameters,
    List<Row> outputs,
    List<DeployedResourceView> notInTemplate,
    boolean resourcesKnown,
    List<FindingView> drift) {
  public DeployedView {
    parameters = List.copyOf(parameters);
    outputs = List.copyOf(outputs);
    notInTemplate = List.copyOf(notInTemplate);
    drift = List.copyOf(drift);
  }

  /** A name with its value (and an extra column: the export name of an output). */
  public record Row(String name, String value, String extra) {}
}

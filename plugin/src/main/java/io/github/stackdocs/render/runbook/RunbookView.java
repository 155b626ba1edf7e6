package io.github.stackdocs.render.runbook;

import java.util.List;

/**
 * What a runbook template sees: plain single-line text (the template's AsciiDoc output format escapes it).
 *
 * @param service the service template's base name ({@code lambda}, {@code sqs}, {@code generic} ...)
 * @param physicalName the resource's name property as written, or empty when CloudFormation generates it
 * @param dependencies what it uses directly, {@code stack / LogicalId (type)}
 * @param dependents what uses it directly
 * @param blastRadius everything that can be affected when it fails (transitive dependents)
 * @param logs where its logs are
 * @param alarms the alarms of the templates that watch it
 * @param recovery recovery facts read from its properties
 * @param facts a few other operational properties ({@code Timeout: 30})
 * @param owner who owns it: the resource's annotation over its stack's; null when nothing is recorded
 * @param deployed what the snapshot says: physical id, ARN, status, drift (empty without a snapshot)
 * @param consoleUrl its AWS console page (built by {@code ConsoleLinks} from sanitized values), or empty
 * @param constructPath the CDK construct the runbook is about (relative to the stack), or empty
 * @param constructType the construct's class ({@code aws-cdk-lib.aws_lambda.Function}), or empty
 * @param parts what else the runbook covers: the construct's other resources, or what SAM creates for it
 * @param incidents the incidents of the annotations file that name a resource of the runbook, newest first
 * @param gameDays failure scenario (as the service template names it) → its AWS FIS experiment stub, a path below
 *     {@code gameDaysRoot} made of safe characters
 * @param gameDaysRoot the output folder's game-day folder relative to the runbook file, or empty (no links)
 */
public record RunbookView(
    String stack,
    String logicalId,
    String type,
    String service,
    String description,
    String resourceDescription,
    String docsUrl,
    String sourceFile,
    String physicalName,
    List<String> dependencies,
    List<String> dependents,
    List<String> blastRadius,
    List<Fact> logs,
    List<AlarmView> alarms,
    List<Fact> recovery,
    List<Fact> facts,
    io.github.stackdocs.render.view.AnnotationView owner,
    List<Fact> deployed,
    String consoleUrl,
    String constructPath,
    String constructType,
    List<PartView> parts,
    List<io.github.stackdocs.render.view.IncidentView> incidents,
    java.util.Map<String, String> gameDays,
    String gameDaysRoot) {

  public RunbookView {
    incidents = List.copyOf(incidents);
    gameDays = java.util.Map.copyOf(gameDays);
    dependencies = List.copyOf(dependencies);
    dependents = List.copyOf(dependents);
    blastRadius = List.copyOf(blastRadius);
    logs = List.copyOf(logs);
    alarms = List.copyOf(alarms);
    recovery = List.copyOf(recovery);
    facts = List.copyOf(facts);
    deployed = List.copyOf(deployed);
    parts = List.copyOf(parts);
  }

  /** The runbook's subject as people name it: the construct path, else the logical id. */
  public String name() {
    return constructPath.isEmpty() ? logicalId : constructPath;
  }

  /** True when a part has a deployed physical id (the parts table then shows them). */
  public boolean partsDeployed() {
    return parts.stream().anyMatch(p -> !p.physicalId().isEmpty());
  }

  /**
   * A part of the runbook's unit.
   *
   * @param role its construct path below the runbook's construct, or why SAM creates it
   * @param physicalId its deployed physical id, or empty
   */
  public record PartView(String logicalId, String type, String role, String physicalId) {}

  /** A labelled value with an optional note. */
  public record Fact(String label, String value, String note) {}

  /**
   * An alarm that watches the resource.
   *
   * @param deployedName the alarm's deployed name (its physical id) when a snapshot lists it, else empty
   */
  public record AlarmView(String name, String stack, String metric, String namespace, String dimension,
      String description, String deployedName) {}
}

package io.github.stackdocs.analyze.drift;

import io.github.stackdocs.model.DeployedState;
import io.github.stackdocs.model.DeployedState.PropertyDifference;
import io.github.stackdocs.model.DeployedState.ResourceState;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.model.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a stack's template with what is deployed for it ({@link Stack#deployed()}). Findings (all start
 * with {@code drift-}; the build fails on them per {@code failOn}):
 * <ul>
 *   <li>{@code drift-stack-status} — the stack is not in a {@code *_COMPLETE} state (ERROR for {@code *_FAILED},
 *       else WARN; a rolled-back stack is WARN too);
 *   <li>{@code drift-not-deployed} — in the template but not deployed (INFO when the resource has a Condition,
 *       which may be false);
 *   <li>{@code drift-not-in-template} — deployed but not in the template (resources a transform such as SAM
 *       generates are matched to their source and not reported);
 *   <li>{@code drift-type-mismatch} — deployed with another type than the template says;
 *   <li>{@code drift-modified}, {@code drift-deleted} — CloudFormation drift detection (or a Terraform plan's
 *       {@code resource_drift}) found the resource changed or deleted outside CloudFormation (Terraform); the message
 *       lists the property differences;
 *   <li>{@code drift-resource-status} — a resource's last operation failed ({@code *_FAILED}), with its reason.
 * </ul>
 * Missing and extra resources are only told when the snapshot lists the stack's resources.
 */
public final class DriftAnalyzer {
  /** How many property differences a message lists. */
  static final int MAX_DIFFERENCES = 5;
  private static final int MAX_VALUE = 60;

  /** What SAM resource types become when deployed. */
  private static final Map<String, String> SAM_TYPES = Map.of(
      "AWS::Serverless::Function", "AWS::Lambda::Function",
      "AWS::Serverless::Api", "AWS::ApiGateway::RestApi",
      "AWS::Serverless::HttpApi", "AWS::ApiGatewayV2::Api",
      "AWS::Serverless::SimpleTable", "AWS::DynamoDB::Table",
      "AWS::Serverless::StateMachine", "AWS::StepFunctions::StateMachine",
      "AWS::Serverless::LayerVersion", "AWS::Lambda::LayerVersion",
      "AWS::Serverless::Application", "AWS::CloudFormation::Stack");

  /** Logical ids SAM adds that do not start with a template logical id. */
  private static final Set<String> SAM_IMPLICIT_PREFIXES = Set.of(
      "ServerlessRestApi", "ServerlessHttpApi", "ServerlessDeploymentApplication");

  public List<Finding> analyze(Stack stack) {
    if (stack.deployed().isEmpty()) {
      return List.of();
    }
    DeployedState d = stack.deployed().get();
    List<Finding> findings = new ArrayList<>();
    status(stack, d).ifPresent(findings::add);
    Map<String, Resource> template = stack.resourcesById();
    if (d.resourcesKnown()) {
      for (Resource r : stack.resources()) {
        if (d.resource(r.logicalId()).isEmpty()) {
          boolean conditional = !r.condition().isEmpty();
          findings.add(new Finding(conditional ? Severity.INFO : Severity.WARN, "drift-not-deployed",
              "resource '" + r.logicalId() + "' (" + r.type() + ") is in the template but not deployed in stack '"
                  + stack.name() + "'" + (conditional ? " (its condition '" + r.condition() + "' may be false)" : "")
                  + "; expected a deployed resource with this logical id: deploy the template, or remove the resource",
              r.location(), stack.name()));
        }
      }
    }
    for (ResourceState s : d.resources()) {
      Resource r = template.get(s.logicalId());
      if (r == null) {
        if (d.resourcesKnown() && !generated(stack, s.logicalId())) {
          findings.add(Finding.warn("drift-not-in-template", "resource '" + s.logicalId() + "' (" + s.type()
              + (s.physicalId().isEmpty() ? "" : ", " + s.physicalId()) + ") is deployed in stack '" + stack.name()
              + "' but not in the template " + stack.sourceFile()
              + "; expected every deployed resource to be in the template: add it, or deploy the template to remove it",
              s.location(), stack.name()));
        }
      } else if (!s.type().isEmpty() && !sameType(r.type(), s.type())) {
        findings.add(Finding.warn("drift-type-mismatch", "resource '" + r.logicalId() + "' is deployed as "
            + s.type() + " but the template declares " + r.type()
            + "; expected the same type (deploying the template replaces the resource)", r.location(), stack.name()));
      }
      drift(stack, s, r).ifPresent(findings::add);
      failed(stack, s, r).ifPresent(findings::add);
    }
    return findings;
  }

  private static Optional<Finding> status(Stack stack, DeployedState d) {
    String status = d.status();
    if (status.isEmpty() || (status.endsWith("_COMPLETE") && !status.contains("ROLLBACK")
        && !status.startsWith("DELETE"))) {
      return Optional.empty();
    }
    Severity severity = status.endsWith("_FAILED") ? Severity.ERROR : Severity.WARN;
    String what = status.contains("ROLLBACK") && status.endsWith("_COMPLETE")
        ? "its last operation was rolled back, so what runs may not be this template"
        : status.endsWith("_IN_PROGRESS") ? "an operation is in progress"
        : status.startsWith("DELETE") ? "it is being or has been deleted"
        : "its last operation failed";
    return Optional.of(new Finding(severity, "drift-stack-status", "stack '" + stack.name() + "' is " + status
        + (d.statusReason().isEmpty() ? "" : " (" + d.statusReason() + ")") + ": " + what
        + "; expected CREATE_COMPLETE or UPDATE_COMPLETE", d.location(), stack.name()));
  }

  /** A resource whose last operation failed: what runs is not what the template says. */
  private static Optional<Finding> failed(Stack stack, ResourceState s, Resource r) {
    if (!s.status().endsWith("_FAILED")) {
      return Optional.empty();
    }
    return Optional.of(Finding.warn("drift-resource-status", "resource '" + s.logicalId() + "'"
        + (s.physicalId().isEmpty() ? "" : " (" + s.physicalId() + ")") + " of stack '" + stack.name() + "' is "
        + s.status() + (s.statusReason().isBlank() ? "" : " (" + s.statusReason().strip().replaceAll("\\s+", " ") + ")")
        + ": its last operation failed, so what runs may not be this template; expected CREATE_COMPLETE or"
        + " UPDATE_COMPLETE (fix the cause and deploy again)", r == null ? s.location() : r.location(), stack.name()));
  }

  private static Optional<Finding> drift(Stack stack, ResourceState s, Resource r) {
    SourceLocation where = r == null ? s.location() : r.location();
    String name = "resource '" + s.logicalId() + "'" + (s.physicalId().isEmpty() ? "" : " (" + s.physicalId() + ")");
    // a Terraform plan's resource_drift: what changed since the state Terraform recorded
    boolean terraform = stack.terraform();
    String tool = terraform ? "Terraform" : "CloudFormation";
    if (s.driftStatus().equals("DELETED")) {
      return Optional.of(Finding.warn("drift-deleted", name + " of stack '" + stack.name()
          + "' was deleted outside " + tool + "; expected it to exist as the " + (terraform ? "state records it"
          + " (the plan creates it again, or remove it from the configuration)"
          : "template declares it (redeploy, or remove it from the template)"), where, stack.name()));
    }
    if (s.driftStatus().equals("MODIFIED")) {
      return Optional.of(Finding.warn("drift-modified", name + " of stack '" + stack.name()
          + "' was modified outside " + tool + differences(s.differences(), r) + (terraform
          ? "; expected the values the state records (expected) to be what runs (actual)"
          : "; expected the deployed values to match the template"), where, stack.name()));
    }
    return Optional.empty();
  }

  /**
   * {@code : /Timeout expected '30', actual '60', this build '45'; ...}, at most {@link #MAX_DIFFERENCES}; the
   * build's value where it would change the property ({@link BuildValues}).
   */
  static String differences(List<PropertyDifference> diffs, Resource built) {
    if (diffs.isEmpty()) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (PropertyDifference p : diffs.stream().limit(MAX_DIFFERENCES).toList()) {
      String part = switch (p.differenceType()) {
        case "ADD" -> p.path() + " added: " + cut(p.actual());
        case "REMOVE" -> p.path() + " removed (expected " + cut(p.expected()) + ")";
        default -> p.path() + " expected " + cut(p.expected()) + ", actual " + cut(p.actual());
      };
      part += BuildValues.changedBy(built, p).map(v -> ", this build " + cut(v)).orElse("");
      parts.add(part);
    }
    String more = diffs.size() > MAX_DIFFERENCES ? "; and " + (diffs.size() - MAX_DIFFERENCES) + " more" : "";
    return ": " + String.join("; ", parts) + more;
  }

  private static String cut(String value) {
    String v = value.replaceAll("\\s+", " ");
    return "'" + (v.length() <= MAX_VALUE ? v : v.substring(0, MAX_VALUE - 1) + "…") + "'";
  }

  private static boolean sameType(String templateType, String deployedType) {
    if (templateType.equals(deployedType)) {
      return true;
    }
    String sam = SAM_TYPES.get(templateType);
    return sam != null ? sam.equals(deployedType) : templateType.startsWith("AWS::Serverless::");
  }

  /** True when a transform generated the resource: SAM names them after their source (FnRole, FnApiPermission...). */
  private static boolean generated(Stack stack, String logicalId) {
    if (!stack.transformed()) {
      return false;
    }
    if (SAM_IMPLICIT_PREFIXES.stream().anyMatch(logicalId::startsWith)) {
      return true;
    }
    return stack.resources().stream()
        .anyMatch(r -> r.type().startsWith("AWS::Serverless::") && logicalId.startsWith(r.logicalId()));
  }
}

package io.github.stackdocs.render.runbook;

import io.github.stackdocs.model.Resource;
import java.util.List;

/**
 * What one runbook is about: a resource with an operational surface and, where that is the natural unit, its
 * plumbing. See {@link RunbookUnits} for the rule.
 *
 * @param stack the stack's name
 * @param path the runbook's path in the runbook folder, {@code <stack folder>/<name>.adoc}
 * @param primary the resource whose service decides the runbook's contents
 * @param service the service template's base name ({@code lambda}, ..., {@code generic})
 * @param constructPath the CDK construct the runbook is about, relative to the stack; empty for others
 * @param parts what else belongs to it, in order: resources under the construct, or what SAM creates
 */
public record RunbookUnit(String stack, String path, Resource primary, String service, String constructPath,
    List<Part> parts) {
  public RunbookUnit {
    parts = List.copyOf(parts);
  }

  /**
   * A resource that belongs to a runbook's unit.
   *
   * @param logicalId its logical id (SAM: the one the transform gives it; for a hashed one, the part before the hash)
   * @param type its CloudFormation type
   * @param role its construct path relative to the unit's, or why SAM creates it
   * @param inTemplate false for resources only the SAM transform creates
   * @param hashed true for SAM ids that end in a content hash (matched by prefix when deployed)
   */
  public record Part(String logicalId, String type, String role, boolean inTemplate, boolean hashed) {}

  /** The logical ids in the template the runbook covers: the primary and its parts. */
  public List<String> members() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(primary.logicalId()),
        parts.stream().filter(Part::inTemplate).map(Part::logicalId)).toList();
  }
}

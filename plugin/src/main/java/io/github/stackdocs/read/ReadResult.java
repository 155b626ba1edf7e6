package io.github.stackdocs.read;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Stack;
import java.util.List;
import java.util.Optional;

/**
 * What reading one input gave: the stack when it could be built (possibly with problems), and every
 * problem found. A file that cannot be parsed at all gives no stack and at least one ERROR finding.
 */
public record ReadResult(Optional<Stack> stack, List<Finding> findings) {
  public ReadResult {
    findings = findings.stream().sorted().toList();
  }
}

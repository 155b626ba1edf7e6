package io.github.stackdocs.read.cdk;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Stack;
import java.util.List;

/**
 * What reading a cloud assembly gave: every stack that could be read (stages included, in manifest order
 * with stages after their parent's stacks) and every problem found.
 */
public record AssemblyResult(List<Stack> stacks, List<Finding> findings) {
  public AssemblyResult {
    stacks = List.copyOf(stacks);
    findings = findings.stream().sorted().toList();
  }
}

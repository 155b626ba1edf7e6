package io.github.stackdocs.read.deployed;

import io.github.stackdocs.model.DeployedState;
import io.github.stackdocs.model.Finding;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What reading deployed state gave: the state of each project stack that has one (by stack name), the exports of
 * stacks outside the project (export name → value), and every problem with the snapshot.
 */
public record DeployedRead(Map<String, DeployedState> byStack, Map<String, String> exports, List<Finding> findings) {
  public DeployedRead(Map<String, DeployedState> byStack, List<Finding> findings) {
    this(byStack, Map.of(), findings);
  }

  public DeployedRead {
    byStack = java.util.Collections.unmodifiableMap(new TreeMap<>(byStack));
    exports = java.util.Collections.unmodifiableMap(new TreeMap<>(exports));
    findings = findings.stream().sorted().toList();
  }
}

package io.github.stackdocs.analyze.diff;

import java.util.Comparator;
import java.util.List;

/**
 * Everything that changed between a baseline project and the current one: per stack (sorted by name, only
 * stacks with some change) and the risks (sorted by kind, stack, logical id).
 *
 * @param suppressedWhat what the suppressed changes are, for documents
 */
public record ChangeSet(List<StackChange> stacks, List<Risk> risks, String suppressedWhat) {
  /** What a CloudFormation diff suppresses. */
  public static final String CDK_NOISE = "CDK asset hashes and metadata";

  public ChangeSet {
    stacks = stacks.stream().sorted(Comparator.comparing(StackChange::stackName)).toList();
    risks = risks.stream().sorted().distinct().toList();
  }

  public ChangeSet(List<StackChange> stacks, List<Risk> risks) {
    this(stacks, risks, CDK_NOISE);
  }

  public int suppressed() {
    return stacks.stream().mapToInt(StackChange::suppressed).sum();
  }

  public List<ResourceChange> visibleResources() {
    return stacks.stream().flatMap(s -> s.visibleResources().stream()).toList();
  }

  public long count(ChangeKind kind) {
    return visibleResources().stream().filter(r -> r.kind() == kind).count();
  }

  public long count(Impact impact) {
    return visibleResources().stream().filter(r -> r.impact() == impact).count();
  }

  public long count(RiskKind kind) {
    return risks.stream().filter(r -> r.kind() == kind).count();
  }

  /** True when nothing shown changed (suppressed noise may remain). */
  public boolean empty() {
    return stacks.stream().noneMatch(StackChange::hasVisibleChanges);
  }
}

package io.github.stackdocs.analyze.diff;

import java.util.List;

/**
 * A resource that was added, removed, modified or changed its type.
 *
 * @param oldType the baseline type, empty when added
 * @param newType the current type, empty when removed
 * @param impact the most drastic impact of its changes
 * @param changes the changed paths (for MODIFIED and TYPE_CHANGED), sorted by path; suppressed ones included
 * @param suppressed true when every change is CDK noise (the whole entry is hidden by default)
 */
public record ResourceChange(
    String logicalId,
    ChangeKind kind,
    String oldType,
    String newType,
    Impact impact,
    List<PropertyChange> changes,
    boolean suppressed) {

  public ResourceChange {
    changes = List.copyOf(changes);
  }

  /** The current type, or the baseline type for removed resources. */
  public String type() {
    return newType.isEmpty() ? oldType : newType;
  }

  /** The changes that are not noise. */
  public List<PropertyChange> visibleChanges() {
    return changes.stream().filter(c -> !c.suppressed()).toList();
  }
}

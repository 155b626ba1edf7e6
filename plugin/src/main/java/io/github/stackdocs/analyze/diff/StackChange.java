package io.github.stackdocs.analyze.diff;

import java.util.Comparator;
import java.util.List;

/**
 * The changes of one stack (matched by stack name).
 *
 * @param kind ADDED (no baseline template), REMOVED (no current template) or MODIFIED
 * @param resources changed resources, sorted by logical id; suppressed ones included
 * @param items changed parameters, outputs, exports, conditions and rules, sorted by section and name
 */
public record StackChange(String stackName, ChangeKind kind, List<ResourceChange> resources, List<ItemChange> items) {

  public StackChange {
    resources = resources.stream().sorted(Comparator.comparing(ResourceChange::logicalId)).toList();
    items = items.stream().sorted(Comparator.comparing(ItemChange::section).thenComparing(ItemChange::name)).toList();
  }

  public List<ResourceChange> visibleResources() {
    return resources.stream().filter(r -> !r.suppressed()).toList();
  }

  public List<ItemChange> visibleItems() {
    return items.stream().filter(i -> !i.suppressed()).toList();
  }

  /** Hidden entries: whole resources and items that are noise, and noisy paths of shown resources. */
  public int suppressed() {
    int n = (int) items.stream().filter(ItemChange::suppressed).count();
    for (ResourceChange r : resources) {
      n += r.suppressed() ? 1 : (int) r.changes().stream().filter(PropertyChange::suppressed).count();
    }
    return n;
  }

  public boolean hasVisibleChanges() {
    return !visibleResources().isEmpty() || !visibleItems().isEmpty();
  }
}

package io.github.stackdocs.analyze.diff;

import java.util.Comparator;
import java.util.List;

/**
 * The changes of one stack (matched by stack name).
 *
 * @param kind ADDED (no baseline template), REMOVED (no current template) or MODIFIED
 * @param resources changed resources in reading order ({@link #readingOrder}); suppressed ones included
 * @param items changed parameters, outputs, exports, conditions and rules, sorted by section and name
 */
public record StackChange(String stackName, ChangeKind kind, List<ResourceChange> resources, List<ItemChange> items) {

  public StackChange {
    resources = readingOrder(resources);
    items = items.stream().sorted(Comparator.comparing(ItemChange::section).thenComparing(ItemChange::name)).toList();
  }

  /**
   * The changes the author made first (a change written in the template, an addition, a removal or a type change),
   * by logical id; then the cascade, each resource right after the group of the resource whose replacement it follows
   * from (breadth first, by logical id within a cause), so the cause of a long cascade is the first row, not the
   * last; resources updated because of another stack come last, by cause and logical id.
   */
  static List<ResourceChange> readingOrder(List<ResourceChange> resources) {
    List<ResourceChange> sorted = resources.stream().sorted(Comparator.comparing(ResourceChange::logicalId)).toList();
    List<ResourceChange> ordered = new java.util.ArrayList<>();
    java.util.Map<String, List<ResourceChange>> byCause = new java.util.LinkedHashMap<>();
    for (ResourceChange r : sorted) {
      if (authored(r)) {
        ordered.add(r);
      } else {
        byCause.computeIfAbsent(cause(r), c -> new java.util.ArrayList<>()).add(r);
      }
    }
    for (int i = 0; i < ordered.size(); i++) { // the list grows while it is walked: breadth first
      List<ResourceChange> following = byCause.remove(ordered.get(i).logicalId());
      if (following != null) {
        ordered.addAll(following);
      }
    }
    byCause.entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
        .forEach(e -> ordered.addAll(e.getValue()));
    return List.copyOf(ordered);
  }

  private static boolean authored(ResourceChange r) {
    return r.kind() != ChangeKind.MODIFIED || r.changes().stream().anyMatch(c -> !c.caused() && !c.suppressed())
        || r.changes().stream().noneMatch(PropertyChange::caused);
  }

  /** The replaced resource the first caused change names. */
  private static String cause(ResourceChange r) {
    return r.changes().stream().filter(PropertyChange::caused).map(PropertyChange::cause).sorted().findFirst()
        .orElse("");
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

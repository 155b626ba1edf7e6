package io.github.stackdocs.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * A stack's references, sorted and immutable, with an index by target so that {@link Stack#referencesTo} is a map
 * lookup rather than a scan (checks that ask, per function, topic or queue, what points at it were quadratic in the
 * stack's size). Equal to any list with the same references in the same order.
 */
final class ReferenceList extends AbstractList<Reference> implements RandomAccess {
  private final Reference[] references;
  private final Map<String, List<Reference>> byTarget;

  private ReferenceList(List<Reference> sorted) {
    this.references = sorted.toArray(Reference[]::new);
    Map<String, List<Reference>> index = new HashMap<>();
    for (Reference r : references) {
      index.computeIfAbsent(r.target(), k -> new ArrayList<>(2)).add(r);
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    this.byTarget = index;
  }

  /** The references sorted, without sorting again a list that already is (every copy of a stack passes them on). */
  static ReferenceList of(List<Reference> references) {
    if (references instanceof ReferenceList indexed) {
      return indexed;
    }
    List<Reference> copy = List.copyOf(references);
    for (int i = 1; i < copy.size(); i++) {
      if (copy.get(i - 1).compareTo(copy.get(i)) > 0) {
        return new ReferenceList(copy.stream().sorted().toList());
      }
    }
    return new ReferenceList(copy);
  }

  /** The references whose target is {@code target}, in list order; empty when none. */
  List<Reference> to(String target) {
    return byTarget.getOrDefault(target, List.of());
  }

  @Override
  public Reference get(int index) {
    return references[index];
  }

  @Override
  public int size() {
    return references.length;
  }
}

package io.github.stackdocs.render.diagram;

import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.model.Reference;
import io.github.stackdocs.model.Resource;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** One link per ordered pair of resources, the strongest meaning winning ({@link Relation#merge}). */
final class Links {
  private final Map<NodeId, Map<NodeId, Relation>> byPair = new TreeMap<>();

  /** Adds or strengthens the link; self links are ignored. */
  void add(NodeId from, NodeId to, Relation relation) {
    if (!from.equals(to)) {
      byPair.computeIfAbsent(from, k -> new TreeMap<>()).merge(to, relation, Relation::merge);
    }
  }

  void addAll(Links other) {
    other.all().forEach(l -> add(l.from(), l.to(), l.relation()));
  }

  Optional<Relation> get(NodeId from, NodeId to) {
    return Optional.ofNullable(byPair.getOrDefault(from, Map.of()).get(to));
  }

  void remove(NodeId from, NodeId to) {
    Map<NodeId, Relation> m = byPair.get(from);
    if (m != null) {
      m.remove(to);
    }
  }

  /** Every link, sorted. */
  List<Link> all() {
    List<Link> result = new ArrayList<>();
    byPair.forEach((from, tos) -> tos.forEach((to, r) -> result.add(new Link(from, to, r))));
    return result;
  }

  /** The links out of {@code from}, sorted by target. */
  List<Link> from(NodeId from) {
    List<Link> result = new ArrayList<>();
    byPair.getOrDefault(from, Map.of()).forEach((to, r) -> result.add(new Link(from, to, r)));
    return result;
  }

  /**
   * The links out of {@code sources} as the graph has them, each reference read for its meaning
   * ({@link ReferenceMeaning}); reversed meanings point back at the source.
   */
  static Links of(Collection<NodeId> sources, ProjectIndex index) {
    Links links = new Links();
    for (NodeId from : sources) {
      Optional<Resource> source = index.resource(from);
      if (source.isEmpty()) {
        continue;
      }
      for (NodeId to : index.graph().dependencies(from)) {
        String targetType = index.type(to);
        for (Reference ref : index.graph().references(from, to)) {
          ReferenceMeaning m = ReferenceMeaning.of(source.get(), targetType, ref);
          if (m.reversed()) {
            links.add(to, from, m.relation());
          } else {
            links.add(from, to, m.relation());
          }
        }
      }
    }
    return links;
  }
}

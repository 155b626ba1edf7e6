package io.github.stackdocs.render.diagram;

import java.util.Optional;

/**
 * SVG drawings kept from earlier runs, by {@link #key(Diagram) the diagram's content}: laying a large diagram out
 * is most of what rendering costs, and most diagrams of a project do not change between two builds. Implementations
 * must be thread-safe (diagrams are drawn in parallel).
 */
public interface SvgCache {
  /** No cache: every diagram is laid out. */
  SvgCache NONE = new SvgCache() {
    @Override
    public Optional<String> svg(String key) {
      return Optional.empty();
    }

    @Override
    public void put(String key, String svg) {}
  };

  /** The SVG drawn earlier for the diagram with this key, if kept. */
  Optional<String> svg(String key);

  /** Keeps the SVG drawn for the diagram with this key. */
  void put(String key, String svg);

  /**
   * Everything the SVG of {@code diagram} is drawn from, as one unambiguous text (each value length-prefixed, so no
   * two different diagrams share a key whatever their labels hold). Equal keys draw equal SVGs with one stackdocs
   * build.
   */
  static String key(Diagram diagram) {
    StringBuilder sb = new StringBuilder();
    add(sb, diagram.title());
    sb.append('G').append(diagram.groups().size());
    for (DiagramGroup g : diagram.groups()) {
      add(sb, g.id());
      add(sb, g.label());
      add(sb, g.parent());
      add(sb, g.kind() == null ? null : g.kind().name());
    }
    sb.append('N').append(diagram.nodes().size());
    for (DiagramNode n : diagram.nodes()) {
      add(sb, n.id());
      add(sb, n.label());
      add(sb, n.badge());
      add(sb, n.detail());
      add(sb, n.family() == null ? null : n.family().name());
      add(sb, n.tooltip());
      add(sb, n.group());
      add(sb, n.attached());
      add(sb, n.tier() == null ? null : n.tier().name());
      add(sb, n.icon());
    }
    sb.append('E').append(diagram.edges().size());
    for (DiagramEdge e : diagram.edges()) {
      add(sb, e.from());
      add(sb, e.to());
      add(sb, e.label());
      add(sb, e.style() == null ? null : e.style().name());
    }
    return sb.toString();
  }

  private static void add(StringBuilder sb, String value) {
    if (value == null) {
      sb.append('-');
    } else {
      sb.append(value.length()).append(':').append(value);
    }
  }
}

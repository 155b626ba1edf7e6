package io.github.stackdocs.render.view;

import java.util.List;
import java.util.Map;

/**
 * The diagram a page shows (a stack's or the system's) and its files.
 *
 * @param level the level shown: {@code default}, {@code all} or {@code summary} ({@code system} for the index)
 * @param image the SVG shown, relative to the page; empty when no diagram files are written (Markdown only)
 * @param levels a link per level of the stack's diagram, the shown one marked; empty without files or for the index
 * @param source the Mermaid source of the shown diagram, relative to the page; empty without files
 * @param summarized true when the page shows the summary because the default level has too many nodes
 * @param detailedNodes how many nodes the default level has
 * @param files level slug → the file path without extension, relative to the output root (what is written)
 */
public record DiagramView(String level, String image, List<LevelLink> levels, String source, boolean summarized,
    int detailedNodes, Map<String, String> files) {
  public DiagramView {
    levels = List.copyOf(levels);
    files = Map.copyOf(files);
  }

  /**
   * A link to one level's SVG.
   *
   * @param text what the level shows, e.g. {@code all resources}
   * @param href the SVG relative to the page (built from sanitized names only)
   * @param shown true for the level the page shows
   */
  public record LevelLink(String level, String text, String href, boolean shown) {}
}

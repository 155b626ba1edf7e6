package io.github.stackdocs.render.diagram;

import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Stack;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every diagram of one documentation run, built once from the model and the graph: each stack at each level and
 * the system diagram. Knows which level a stack page shows. The models are cheap; laying out (SVG) happens only
 * for the files that are written, once per stack and level. Not thread-safe (one per render).
 */
public final class DiagramSet {
  /** Above this many nodes at the default level a page shows the summary instead (and links the details). */
  public static final int MAX_DETAILED_NODES = 60;

  private final DiagramLevel level;
  private final boolean files;
  private final Map<String, StackDiagrams> stacks = new HashMap<>();
  private final Diagram system;
  private final Map<Diagram, String> mermaid = new java.util.IdentityHashMap<>();

  private DiagramSet(DiagramLevel level, boolean files, Diagram system) {
    this.level = level;
    this.files = files;
    this.system = system;
  }

  /**
   * @param level the level stack pages show ({@link DiagramLevel#DEFAULT} falls back to the summary for big stacks)
   * @param files whether SVG and Mermaid files are written next to the pages (pages then embed and link them)
   */
  public static DiagramSet build(Project project, DependencyGraph graph, DiagramLevel level, boolean files) {
    DiagramSet set = new DiagramSet(level, files, SystemDiagramBuilder.build(project, graph));
    StackDiagramBuilder builder = new StackDiagramBuilder(new ProjectIndex(project, graph));
    for (Stack s : project.stacks()) {
      set.stacks.put(s.name(), builder.build(s));
    }
    return set;
  }

  /** The level asked for. */
  public DiagramLevel level() {
    return level;
  }

  /** True when the diagrams are written as files (SVG and Mermaid). */
  public boolean files() {
    return files;
  }

  public Optional<StackDiagrams> stack(String name) {
    return Optional.ofNullable(stacks.get(name));
  }

  public Diagram system() {
    return system;
  }

  /** True when the stack's page shows the summary because its default level is too big to read. */
  public boolean summarized(String stack) {
    return level == DiagramLevel.DEFAULT && stack(stack).map(d -> d.defaults().nodes().size() > MAX_DETAILED_NODES)
        .orElse(false);
  }

  /** The level the stack's page shows. */
  public DiagramLevel shown(String stack) {
    return summarized(stack) ? DiagramLevel.SUMMARY : level;
  }

  /** The Mermaid source of a diagram of this set (made once). */
  public String mermaid(Diagram diagram) {
    return mermaid.computeIfAbsent(diagram, MermaidRenderer::render);
  }
}

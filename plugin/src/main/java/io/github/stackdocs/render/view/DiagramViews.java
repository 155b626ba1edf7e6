package io.github.stackdocs.render.view;

import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.render.diagram.DiagramLevel;
import io.github.stackdocs.render.diagram.DiagramSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What pages say about the diagrams of a {@link DiagramSet}: Mermaid source, the SVG shown, links to the levels. */
final class DiagramViews {
  private static final Map<DiagramLevel, String> TEXT = Map.of(DiagramLevel.DEFAULT, "without IAM plumbing",
      DiagramLevel.ALL, "all resources", DiagramLevel.SUMMARY, "services");

  private final DiagramSet set;
  private final DiagramFiles files;

  DiagramViews(DiagramSet set, Project project, PageIndex pages) {
    this.set = set;
    Map<String, String> names = new TreeMap<>();
    for (Stack s : project.stacks()) {
      names.put(s.name(), pages.page(s.name()).page().substring("stacks/".length()));
    }
    this.files = new DiagramFiles(names);
  }

  /** The Mermaid source of the level a stack's page shows; empty for an unknown stack. */
  String mermaid(String stack) {
    return set.stack(stack).map(d -> set.mermaid(d.level(set.shown(stack)))).orElse("");
  }

  String systemMermaid() {
    return set.mermaid(set.system());
  }

  /** The diagram of a stack's page ({@code page}: its output path without extension). */
  DiagramView stack(String stack, String page) {
    DiagramLevel shown = set.shown(stack);
    int detailed = set.stack(stack).map(d -> d.defaults().nodes().size()).orElse(0);
    if (!set.files() || set.stack(stack).map(d -> d.all().nodes().isEmpty()).orElse(true)) {
      return new DiagramView(shown.slug(), "", List.of(), "", set.summarized(stack), detailed, Map.of());
    }
    List<DiagramView.LevelLink> levels = new ArrayList<>();
    Map<String, String> written = new LinkedHashMap<>();
    for (DiagramLevel level : List.of(DiagramLevel.DEFAULT, DiagramLevel.ALL, DiagramLevel.SUMMARY)) {
      String file = files.stack(stack, level);
      written.put(level.slug(), file);
      levels.add(new DiagramView.LevelLink(level.slug(), TEXT.get(level), relative(page, file) + ".svg", level == shown));
    }
    String file = files.stack(stack, shown);
    return new DiagramView(shown.slug(), relative(page, file) + ".svg", levels, relative(page, file) + ".mmd",
        set.summarized(stack), detailed, written);
  }

  /** The system diagram of the index; without files (or with a single stack) nothing is written. */
  DiagramView system(int stacks) {
    if (!set.files() || stacks < 2) {
      return new DiagramView("system", "", List.of(), "", false, set.system().nodes().size(), Map.of());
    }
    return new DiagramView("system", files.system() + ".svg", List.of(), files.system() + ".mmd", false,
        set.system().nodes().size(), Map.of("system", files.system()));
  }

  private static String relative(String page, String file) {
    return page.contains("/") ? "../" + file : file;
  }
}

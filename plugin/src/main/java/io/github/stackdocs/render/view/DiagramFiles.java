package io.github.stackdocs.render.view;

import io.github.stackdocs.render.diagram.DiagramLevel;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The file names of the diagrams: {@code diagrams/<stack>.svg} (default level), {@code <stack>-all.svg},
 * {@code <stack>-summary.svg} and {@code diagrams/system.svg}, each with a {@code .mmd} Mermaid source. Stack
 * parts are the stack pages' sanitized names; a name another file already has (stack {@code app-all} next to
 * stack {@code app}, a stack called {@code system}) gets {@code -2}, {@code -3} ... in a fixed order: the system
 * diagram, then every default level, then the other levels, stacks sorted by name.
 */
final class DiagramFiles {
  static final String FOLDER = "diagrams";
  private final String system;
  private final Map<String, Map<DiagramLevel, String>> stacks = new TreeMap<>();

  /** @param pageNames stack name → its page's sanitized file name (no folder, no extension) */
  DiagramFiles(Map<String, String> pageNames) {
    Set<String> taken = new HashSet<>();
    system = take("system", taken);
    Map<String, String> sorted = new TreeMap<>(pageNames);
    for (DiagramLevel level : List.of(DiagramLevel.DEFAULT, DiagramLevel.ALL, DiagramLevel.SUMMARY)) {
      sorted.forEach((stack, base) -> stacks.computeIfAbsent(stack, k -> new EnumMap<>(DiagramLevel.class))
          .put(level, take(level == DiagramLevel.DEFAULT ? base : base + "-" + level.slug(), taken)));
    }
  }

  private static String take(String name, Set<String> taken) {
    String candidate = name;
    for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
      candidate = name + "-" + n;
    }
    return FOLDER + "/" + candidate;
  }

  /** The system diagram's path without extension, relative to the output root. */
  String system() {
    return system;
  }

  /** A stack's diagram at a level: path without extension, relative to the output root. */
  String stack(String stack, DiagramLevel level) {
    return stacks.get(stack).get(level);
  }
}

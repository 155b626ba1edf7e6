package io.github.stackdocs.pipeline;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.read.StackNames;
import io.github.stackdocs.read.TemplateSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON/YAML twins: templates whose relative paths differ only in the extension ({@code app.json}, {@code app.yaml})
 * and that hold the same template are one stack, documented from the first path (sorted), named without the
 * extension, with an INFO finding naming the files left out. Twins with different contents stay distinct stacks,
 * named with their extensions ({@link StackNames}). Stateless.
 */
final class Twins {
  private Twins() {}

  /**
   * {@code sources} (sorted by display path) with each group of identical twins ({@code sameTemplate}) reduced to its
   * first file.
   */
  static List<TemplateSource> merge(List<TemplateSource> sources, java.util.function.BiPredicate<TemplateSource, TemplateSource> sameTemplate,
      List<Finding> findings) {
    Map<String, List<TemplateSource>> byStem = new LinkedHashMap<>();
    for (TemplateSource s : sources) {
      byStem.computeIfAbsent(StackNames.stem(s.displayPath()), k -> new ArrayList<>()).add(s);
    }
    List<TemplateSource> out = new ArrayList<>();
    byStem.forEach((stem, group) -> {
      if (group.size() < 2 || !group.stream().allMatch(Twins::namedWithExtension)) {
        out.addAll(group);
        return;
      }
      TemplateSource first = group.get(0);
      boolean same = group.stream().skip(1).allMatch(other -> sameTemplate.test(first, other));
      if (!same) {
        out.addAll(group);
        return;
      }
      String name = first.stackName().substring(0, first.stackName().length() - extension(first).length());
      out.add(new TemplateSource(first.path(), first.displayPath(), name));
      List<String> others = group.stream().skip(1).map(TemplateSource::displayPath).toList();
      findings.add(new Finding(io.github.stackdocs.model.Severity.INFO, "template-twin", String.join(", ", others) + (others.size() == 1 ? " holds" : " hold")
          + " the same template as " + first.displayPath() + "; documented once, as stack " + name + ", from "
          + first.displayPath(), SourceLocation.of(others.get(0)), name));
    });
    return out;
  }

  /** Named by {@link StackNames} as a twin: the name ends with the file's extension. */
  private static boolean namedWithExtension(TemplateSource s) {
    String ext = extension(s);
    return !ext.isEmpty() && s.stackName().endsWith(ext) && s.stackName().length() > ext.length();
  }

  private static String extension(TemplateSource s) {
    return s.displayPath().substring(StackNames.stem(s.displayPath()).length());
  }
}

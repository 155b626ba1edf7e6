package io.github.stackdocs.pipeline;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.read.InputFiles;
import io.github.stackdocs.read.TemplateSource;
import io.github.stackdocs.read.rain.RainReferences;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rain module files among the selected templates: a file another selected template uses with
 * {@code !Rain::Module} or in its {@code Modules} section is part of that stack, not a stack of its own; it is left
 * out with an INFO {@code rain-module-file}.
 */
final class RainModuleFiles {
  private RainModuleFiles() {}

  static List<TemplateSource> leaveOut(List<TemplateSource> sources, List<Finding> findings) {
    Set<String> modules = new TreeSet<>();
    for (TemplateSource s : sources) {
      try {
        byte[] bytes = InputFiles.read(s.path());
        if (RainReferences.uses(bytes)) {
          modules.addAll(RainReferences.modules(s.displayPath(), bytes));
        }
      } catch (IOException | RuntimeException e) {
        // the reader reports a file it cannot read
      }
    }
    if (modules.isEmpty()) {
      return sources;
    }
    List<TemplateSource> kept = new ArrayList<>();
    for (TemplateSource s : sources) {
      if (modules.contains(s.displayPath())) {
        findings.add(new Finding(Severity.INFO, "rain-module-file", "a Rain module (another template uses it with"
            + " !Rain::Module or in its Modules section): documented inside the stacks that use it, not as a stack of"
            + " its own",
            SourceLocation.of(s.displayPath()), s.stackName()));
      } else {
        kept.add(s);
      }
    }
    return kept;
  }
}

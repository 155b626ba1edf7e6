package io.github.stackdocs.pipeline;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.read.InputSelector;
import io.github.stackdocs.read.TemplateSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Turns a request's file settings into the sorted list of templates to read. */
final class InputSelection {
  private final DocsRequest request;

  InputSelection(DocsRequest request) {
    this.request = request;
  }

  List<TemplateSource> select(List<Finding> findings) {
    List<InputSelector.ExplicitTemplate> explicit = request.templates().stream()
        .map(t -> new InputSelector.ExplicitTemplate(Path.of(t.file()),
            t.stackName().isEmpty() ? Optional.empty() : Optional.of(t.stackName())))
        .toList();
    InputSelector.Selection selection = new InputSelector().select(request.baseDirectory(), request.sourceDirectory(),
        request.includes(), request.excludes(), explicit, skipped());
    findings.addAll(selection.findings());
    // the sidecar annotations file sits beside the templates and matches the default includes
    return selection.sources().stream()
        .filter(src -> request.annotationsFile().map(f -> !f.equals(src.path().toAbsolutePath().normalize()))
            .orElse(true))
        .toList();
  }

  /** Never scanned: the output folder (our own files) and the assembly folder (read as an assembly). */
  private List<Path> skipped() {
    List<Path> skipped = new java.util.ArrayList<>(List.of(request.outputDirectory()));
    request.cdkOutDirectory().ifPresent(skipped::add);
    return skipped;
  }
}

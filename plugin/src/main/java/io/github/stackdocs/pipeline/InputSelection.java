package io.github.stackdocs.pipeline;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.read.InputFiles;
import io.github.stackdocs.read.InputSelector;
import io.github.stackdocs.read.TemplateSource;
import java.nio.file.Files;
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
    annotationsLinkOutside(selection.findings()).ifPresent(findings::add);
    // the sidecar annotations file sits beside the templates and matches the default includes
    return selection.sources().stream()
        .filter(src -> request.annotationsFile().map(f -> !f.equals(src.path().toAbsolutePath().normalize()))
            .orElse(true))
        .toList();
  }

  /**
   * A warning that the default annotations file is a link leading out of the source folder and so skipped unread
   * ({@link DocsRequest} leaves it out), unless the scan already said so (when the includes match it).
   */
  private Optional<Finding> annotationsLinkOutside(List<Finding> said) {
    Path fallback = request.sourceDirectory().resolve(DocsRequest.DEFAULT_ANNOTATIONS_FILE);
    if (request.annotationsFile().isPresent() || !Files.isSymbolicLink(fallback)
        || InputFiles.staysInside(fallback, request.sourceDirectory())) {
      return Optional.empty();
    }
    String shown = InputSelector.display(request.baseDirectory(), fallback);
    if (said.stream().anyMatch(f -> f.location().file().equals(shown))) {
      return Optional.empty();
    }
    return Optional.of(Finding.warn("link-outside-source", "skipped " + shown + ": it is a link to a file outside the"
        + " source directory " + InputSelector.display(request.baseDirectory(), request.sourceDirectory())
        + "; the annotations file was not read", SourceLocation.of(shown), ""));
  }

  /** Never scanned: the output folder (our own files) and the assembly folder (read as an assembly). */
  private List<Path> skipped() {
    List<Path> skipped = new java.util.ArrayList<>(List.of(request.outputDirectory()));
    request.cdkOutDirectory().ifPresent(skipped::add);
    return skipped;
  }
}

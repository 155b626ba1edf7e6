package io.github.stackdocs.pipeline;

import io.github.stackdocs.analyze.observability.Coverage;
import io.github.stackdocs.output.MarkerException;
import io.github.stackdocs.output.OutputFile;
import io.github.stackdocs.output.RegionFolder;
import io.github.stackdocs.render.Document;
import io.github.stackdocs.render.Format;
import io.github.stackdocs.render.runbook.CoverageViews;
import io.github.stackdocs.render.runbook.RunbookRenderer;
import io.github.stackdocs.render.runbook.RunbookUnit;
import io.github.stackdocs.render.runbook.RunbookUnits;
import io.github.stackdocs.render.site.SiteMap;
import io.github.stackdocs.render.site.SiteSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads what the doc site shows besides the generated pages: the runbooks (as this run leaves them when it writes
 * them, else as they are; the readiness checks read them too) and the change log. Only reads.
 */
final class SiteInputs {
  private SiteInputs() {}

  /** Whether {@code request} asks for a format that is a doc site. */
  static boolean wanted(DocsRequest request) {
    return request.formats().contains(Format.HTML) || request.formats().contains(Format.ANTORA);
  }

  /**
   * @param coverage the observability coverage (the site's index links the runbooks it has)
   * @param units the runbooks' units (which resources each covers)
   * @param runbooks the runbooks the site shows ({@link #runbooks})
   */
  static SiteSources read(DocsRequest request, List<Coverage> coverage, List<RunbookUnit> units,
      SortedMap<String, String> runbooks, Log log) {
    CoverageViews.RunbookLinks links = CoverageViews.RunbookLinks.of(SiteMap.RUNBOOKS, SiteMap.RUNBOOKS);
    return new SiteSources(CoverageViews.build(coverage, RunbookUnits.paths(units), Optional.of(links), runbooks::containsKey),
        runbooks, changelog(request, log));
  }

  /**
   * The runbooks of the site's runbook folder as this run leaves them when it writes them (generated regions merged,
   * new ones created), else as they are; none without a site runbook folder. Read once per run: the site shows them
   * and the readiness checks read them.
   *
   * @param generated the runbooks this run generates (empty when runbooks are off)
   * @param project the project (orphan banners name what covers a resource now)
   */
  static SortedMap<String, String> runbooks(DocsRequest request, List<Document> generated,
      io.github.stackdocs.model.Project project, List<RunbookUnit> units) {
    if (request.siteRunbookDirectory().isEmpty()) {
      return new TreeMap<>();
    }
    Path dir = request.siteRunbookDirectory().get();
    RegionFolder folder = new RegionFolder(dir, RunbookRenderer::isRunbookPath, RunbookRenderer.orphanBanner(project, units));
    try {
      if (request.runbookDirectory().equals(request.siteRunbookDirectory())) {
        return folder.preview(generated.stream().map(d -> OutputFile.text(d.path(), d.content())).toList());
      }
      return folder.contents();
    } catch (MarkerException e) {
      throw MalformedRunbookException.of(e, request.mode());
    } catch (IOException | UncheckedIOException e) {
      throw new StackdocsException("could not read the runbooks in " + dir + " for the doc site: " + e.getMessage(), e);
    }
  }

  private static Optional<String> changelog(DocsRequest request, Log log) {
    if (request.changelog().isEmpty()) {
      return Optional.empty();
    }
    Path file = request.changelog().get();
    if (!Files.isRegularFile(file)) {
      log.info("the change log " + file + " does not exist (yet), so the site has no change log page; the diff goal"
          + " with appendChangelog writes it");
      return Optional.empty();
    }
    try {
      return Optional.of(Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n"));
    } catch (IOException e) {
      throw new StackdocsException("could not read the change log " + file + ": " + e.getMessage(), e);
    }
  }
}

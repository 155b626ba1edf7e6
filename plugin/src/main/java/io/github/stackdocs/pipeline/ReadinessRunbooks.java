package io.github.stackdocs.pipeline;

import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.analyze.readiness.Runbooks;
import io.github.stackdocs.output.RegionFolder;
import io.github.stackdocs.render.runbook.RunbookRenderer;
import io.github.stackdocs.render.runbook.RunbookUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The runbooks the readiness check reads: the runbook folder the site shows (the runbook folder unless configured
 * otherwise) as it is before this run, and which resource each runbook is about. Empty when there is no runbook folder
 * (runbooks off): the runbook check is then not made. The hand-written parts this check reads are kept as they are by
 * the run's merge, so the folder before the run tells the same as after.
 */
final class ReadinessRunbooks {
  private ReadinessRunbooks() {}

  static Optional<Runbooks> of(DocsRequest request, List<RunbookUnit> units) {
    if (request.siteRunbookDirectory().isEmpty()) {
      return Optional.empty();
    }
    Path dir = request.siteRunbookDirectory().get();
    Map<NodeId, String> paths = new HashMap<>();
    units.forEach(u -> paths.put(new NodeId(u.stack(), u.primary().logicalId()), u.path()));
    String shown = dir.startsWith(request.baseDirectory())
        ? request.baseDirectory().relativize(dir).toString().replace('\\', '/') : dir.toString();
    try {
      return Optional.of(new Runbooks(shown, paths, new RegionFolder(dir, RunbookRenderer::isRunbookPath, p -> "")
          .contents(), request.runbookDirectory().equals(request.siteRunbookDirectory())));
    } catch (IOException | UncheckedIOException e) {
      throw new StackdocsException("could not read the runbooks in " + dir + " for the readiness checks: "
          + e.getMessage(), e);
    }
  }
}

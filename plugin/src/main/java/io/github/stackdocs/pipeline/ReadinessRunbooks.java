package io.github.stackdocs.pipeline;

import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.analyze.readiness.Runbooks;
import io.github.stackdocs.render.runbook.RunbookUnit;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The runbooks the readiness check reads: those of the runbook folder the site shows (the runbook folder unless
 * configured otherwise) as this run leaves them, and which resource each runbook is about. Empty when there is no
 * runbook folder (runbooks off): the runbook check is then not made.
 */
final class ReadinessRunbooks {
  private ReadinessRunbooks() {}

  static Optional<Runbooks> of(DocsRequest request, List<RunbookUnit> units, SortedMap<String, String> texts) {
    if (request.siteRunbookDirectory().isEmpty()) {
      return Optional.empty();
    }
    Path dir = request.siteRunbookDirectory().get();
    Map<NodeId, String> paths = new HashMap<>();
    units.forEach(u -> paths.put(new NodeId(u.stack(), u.primary().logicalId()), u.path()));
    String shown = dir.startsWith(request.baseDirectory())
        ? request.baseDirectory().relativize(dir).toString().replace('\\', '/') : dir.toString();
    return Optional.of(new Runbooks(shown, paths, texts));
  }
}

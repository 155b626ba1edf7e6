package io.github.stackdocs.analyze.readiness;

import io.github.stackdocs.analyze.graph.NodeId;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The runbooks the readiness check reads: which resource each runbook is about (its primary resource), and the
 * runbooks' text as this run leaves the folder.
 *
 * @param folder the runbook folder as findings show it (relative to the project folder)
 * @param paths primary resource → runbook path in the folder
 * @param texts runbook path → text, as this run leaves the folder
 */
public record Runbooks(String folder, Map<NodeId, String> paths, SortedMap<String, String> texts) {
  public Runbooks {
    paths = Map.copyOf(paths);
    texts = new TreeMap<>(texts);
  }

  /** The runbook's path as shown: {@code <folder>/<path>}. */
  String shown(String path) {
    return folder.isEmpty() ? path : folder + "/" + path;
  }
}

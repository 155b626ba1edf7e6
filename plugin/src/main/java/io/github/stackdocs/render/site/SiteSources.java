package io.github.stackdocs.render.site;

import io.github.stackdocs.render.runbook.CoverageView;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the doc site shows besides the generated pages, read by the pipeline.
 *
 * @param coverage the index's coverage tables with the runbook links of the site ({@code runbooks/...})
 * @param runbooks the runbook folder's files as this run leaves them: path in the folder
 *     ({@code <stack>/<LogicalId>.adoc}) to AsciiDoc text
 * @param changelog the change log's AsciiDoc text, when one is configured and exists
 */
public record SiteSources(List<CoverageView> coverage, SortedMap<String, String> runbooks, Optional<String> changelog) {
  public SiteSources {
    coverage = List.copyOf(coverage);
    runbooks = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(runbooks));
  }
}

package io.github.stackdocs.render.site;

import io.github.stackdocs.render.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The doc site's sources: its AsciiDoc pages that are not among the AsciiDoc output (the index with the site's
 * runbook links, the findings page, the change log, the runbooks) and its map (navigation and breadcrumbs).
 */
public record Site(List<Document> pages, SiteMap map) {
  public Site {
    pages = pages.stream().sorted().toList();
  }

  /** The site's pages that people write in AsciiDoc: the runbooks and the change log (sorted by path). */
  public List<Document> written() {
    return pages.stream().filter(d -> d.path().startsWith(SiteMap.RUNBOOKS + "/")
        || d.path().equals(SiteMap.CHANGELOG + ".adoc")).toList();
  }

  /**
   * Every AsciiDoc page of the site: the given AsciiDoc documents ({@code .adoc}; others are left out), with the
   * site's own pages added or taking the place of a document at the same path. Sorted by path.
   */
  public List<Document> sources(List<Document> adoc) {
    Map<String, Document> byPath = new TreeMap<>();
    adoc.stream().filter(d -> d.path().endsWith(".adoc")).forEach(d -> byPath.put(d.path(), d));
    pages.forEach(d -> byPath.put(d.path(), d));
    return new ArrayList<>(byPath.values());
  }
}

package io.github.stackdocs.render.site;

import io.github.stackdocs.render.Document;
import io.github.stackdocs.render.template.TemplateEngine;
import io.github.stackdocs.render.view.FileNames;
import io.github.stackdocs.render.view.FindingView;
import io.github.stackdocs.render.view.Link;
import io.github.stackdocs.render.view.ProjectView;
import io.github.stackdocs.render.view.StackView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds the doc site's own pages and its map from the view: the findings page ({@code adoc/site-findings.ftl}),
 * the change log and the runbooks (their AsciiDoc as written, under {@code runbooks/<stack>/<name>.adoc}, names
 * sanitized). Deterministic: everything is ordered by the project's stack order and by path.
 */
public final class SiteRenderer {
  /** The template of the findings page. */
  public static final String FINDINGS_TEMPLATE = "adoc/site-findings.ftl";

  private final TemplateEngine engine;

  public SiteRenderer(TemplateEngine engine) {
    this.engine = engine;
  }

  /**
   * @param view the project as the pages show it
   * @param parents nested stack name → its parent stack's name
   * @param sources the runbooks and change log to include
   * @param index the site's overview page in AsciiDoc, for the Antora component; empty for the HTML site alone
   *     (its overview and findings page are rendered to HTML directly), and the site then has no AsciiDoc overview
   *     and findings page
   */
  public Site render(ProjectView view, Map<String, String> parents, SiteSources sources,
      java.util.Optional<String> index, int incidents) {
    Map<String, StackView> byFolder = new LinkedHashMap<>();
    view.stacks().forEach(s -> byFolder.put(folderOf(s), s));
    List<Document> pages = new ArrayList<>();
    if (index.isPresent()) {
      pages.add(new Document(SiteMap.INDEX + ".adoc", index.get()));
      pages.add(new Document(SiteMap.FINDINGS + ".adoc", engine.process(FINDINGS_TEMPLATE,
          Map.of("project", view, "findings", findingRows(view)))));
    }
    sources.changelog().ifPresent(text -> pages.add(new Document(SiteMap.CHANGELOG + ".adoc", text)));

    Map<String, List<SiteMap.RunbookEntry>> runbooksByStack = new LinkedHashMap<>();
    List<SiteMap.RunbookEntry> orphaned = new ArrayList<>();
    runbookPages(sources.runbooks()).forEach((sourcePath, page) -> {
      String folder = sourcePath.substring(0, sourcePath.indexOf('/'));
      StackView stack = byFolder.get(folder);
      String resource = page.substring(page.lastIndexOf('/') + 1);
      SiteMap.RunbookEntry entry = new SiteMap.RunbookEntry(resource, page, stack == null ? folder : stack.name(),
          stack == null ? "" : stack.page());
      if (stack == null) {
        orphaned.add(entry);
      } else {
        runbooksByStack.computeIfAbsent(stack.name(), k -> new ArrayList<>()).add(entry);
      }
      pages.add(new Document(page + ".adoc", sources.runbooks().get(sourcePath)));
    });

    Map<String, List<StackView>> children = new LinkedHashMap<>();
    List<StackView> roots = new ArrayList<>();
    for (StackView s : view.stacks()) {
      String parent = parents.get(s.name());
      if (parent != null && view.stacks().stream().anyMatch(p -> p.name().equals(parent))) {
        children.computeIfAbsent(parent, k -> new ArrayList<>()).add(s);
      } else {
        roots.add(s);
      }
    }
    List<SiteMap.StackEntry> entries = roots.stream().map(s -> entry(s, children, runbooksByStack)).toList();
    return new Site(pages, new SiteMap(view.name(), entries, orphaned, view.findings().size(), incidents,
        sources.changelog().isPresent()));
  }

  private static SiteMap.StackEntry entry(StackView s, Map<String, List<StackView>> children,
      Map<String, List<SiteMap.RunbookEntry>> runbooks) {
    return new SiteMap.StackEntry(s.name(), s.page(), children.getOrDefault(s.name(), List.of()).stream()
        .map(c -> entry(c, children, runbooks)).toList(), runbooks.getOrDefault(s.name(), List.of()));
  }

  /** The stack's runbook folder name: its page's file name ({@code stacks/<name>}). */
  private static String folderOf(StackView s) {
    return s.page().substring(s.page().lastIndexOf('/') + 1);
  }

  /**
   * Runbook source path ({@code <folder>/<file>.adoc}) → site page ({@code runbooks/<folder>/<file>}), names
   * sanitized and made unique, so a file name from the folder cannot leave the site's runbook folder.
   */
  static SortedMap<String, String> runbookPages(SortedMap<String, String> runbooks) {
    SortedMap<String, String> result = new TreeMap<>();
    Map<String, List<String>> byFolder = new TreeMap<>();
    for (String path : runbooks.keySet()) {
      int slash = path.indexOf('/');
      if (slash <= 0 || path.indexOf('/', slash + 1) >= 0 || !path.endsWith(".adoc")) {
        continue;
      }
      byFolder.computeIfAbsent(path.substring(0, slash), k -> new ArrayList<>()).add(path);
    }
    Map<String, String> folders = FileNames.uniqueFileNames(byFolder.keySet());
    byFolder.forEach((folder, paths) -> {
      Map<String, String> stems = FileNames.uniqueFileNames(paths.stream()
          .map(p -> p.substring(folder.length() + 1, p.length() - ".adoc".length())).toList());
      for (String p : paths) {
        String stem = p.substring(folder.length() + 1, p.length() - ".adoc".length());
        result.put(p, SiteMap.RUNBOOKS + "/" + folders.get(folder) + "/" + stems.get(stem));
      }
    });
    return result;
  }

  /** The findings page's rows: every finding of the view, linked to its stack's findings. */
  public static List<FindingRow> findingRows(ProjectView view) {
    Map<String, String> pages = new LinkedHashMap<>();
    view.stacks().forEach(s -> pages.put(s.name(), s.page()));
    List<FindingRow> rows = new ArrayList<>();
    for (FindingView f : view.findings()) {
      String page = pages.get(f.stack());
      Link stack = page == null ? null : Link.between(f.stack(), SiteMap.FINDINGS, page, "findings");
      rows.add(new FindingRow(f.severity(), f.code(), f.location(), stack, f.stack(), f.message()));
    }
    return rows;
  }
}

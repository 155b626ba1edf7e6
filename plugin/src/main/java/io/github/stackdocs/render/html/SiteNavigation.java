package io.github.stackdocs.render.html;

import io.github.stackdocs.render.site.SiteMap;
import java.util.List;

/**
 * The HTML of the site's breadcrumbs and sidebar navigation for one page, from the {@link SiteMap}. Static markup,
 * so both work without scripts; every label is HTML-escaped, every link is relative (works from {@code file://}).
 * The sidebar lists the stacks (nested stacks under their parent), the runbooks of the stack being viewed, the
 * findings page, the incidents page (when there are incidents) and the change log.
 */
final class SiteNavigation {
  private SiteNavigation() {}

  /** The trail from the overview to {@code page} (output path without extension). */
  static String breadcrumbs(SiteMap map, String page) {
    String prefix = prefix(page);
    StringBuilder sb = new StringBuilder("<nav class=\"stackdocs-breadcrumbs\" aria-label=\"Breadcrumbs\"><ol>");
    for (SiteMap.Crumb c : map.crumbs(page)) {
      sb.append("<li>");
      if (c.page().isEmpty()) {
        sb.append("<span aria-current=\"page\">").append(escape(c.label())).append("</span>");
      } else {
        link(sb, prefix, c.page(), c.label(), false);
      }
      sb.append("</li>");
    }
    return sb.append("</ol></nav>\n").toString();
  }

  /** The sidebar navigation as seen from {@code page}. */
  static String nav(SiteMap map, String page) {
    String prefix = prefix(page);
    StringBuilder sb = new StringBuilder("<nav id=\"stackdocs-nav\" aria-label=\"Site\">\n<div class=\"stackdocs-nav-title\">");
    link(sb, prefix, SiteMap.INDEX, map.project(), page.equals(SiteMap.INDEX));
    sb.append("</div>\n<ul>\n");
    if (!map.stacks().isEmpty()) {
      sb.append("<li class=\"stackdocs-nav-heading\">Stacks</li>\n");
      for (SiteMap.StackEntry s : map.stacks()) {
        stack(sb, prefix, s, page);
      }
    }
    if (!map.orphanedRunbooks().isEmpty()) {
      sb.append("<li class=\"stackdocs-nav-heading\">Runbooks of removed stacks</li>\n");
      runbooks(sb, prefix, map.orphanedRunbooks(), page);
    }
    sb.append("<li class=\"stackdocs-nav-heading\">Project</li>\n<li>");
    link(sb, prefix, SiteMap.FINDINGS, "Findings (" + map.findings() + ")", page.equals(SiteMap.FINDINGS));
    sb.append("</li>\n");
    if (map.incidents() > 0) {
      sb.append("<li>");
      link(sb, prefix, SiteMap.INCIDENTS, "Incidents (" + map.incidents() + ")", page.equals(SiteMap.INCIDENTS));
      sb.append("</li>\n");
    }
    if (map.changelog()) {
      sb.append("<li>");
      link(sb, prefix, SiteMap.CHANGELOG, "Change log", page.equals(SiteMap.CHANGELOG));
      sb.append("</li>\n");
    }
    return sb.append("</ul>\n</nav>\n").toString();
  }

  private static void stack(StringBuilder sb, String prefix, SiteMap.StackEntry s, String page) {
    sb.append("<li>");
    link(sb, prefix, s.page(), s.name(), s.page().equals(page));
    boolean open = s.page().equals(page) || s.runbooks().stream().anyMatch(r -> r.page().equals(page));
    if (!s.runbooks().isEmpty() && !open) {
      sb.append(" <span class=\"stackdocs-nav-count\">").append(s.runbooks().size())
          .append(s.runbooks().size() == 1 ? " runbook" : " runbooks").append("</span>");
    }
    if (open && !s.runbooks().isEmpty()) {
      sb.append("\n<ul class=\"stackdocs-nav-runbooks\">\n");
      runbooks(sb, prefix, s.runbooks(), page);
      sb.append("</ul>");
    }
    if (!s.nested().isEmpty()) {
      sb.append("\n<ul class=\"stackdocs-nav-nested\">\n");
      s.nested().forEach(n -> stack(sb, prefix, n, page));
      sb.append("</ul>");
    }
    sb.append("</li>\n");
  }

  private static void runbooks(StringBuilder sb, String prefix, List<SiteMap.RunbookEntry> runbooks, String page) {
    for (SiteMap.RunbookEntry r : runbooks) {
      sb.append("<li>");
      link(sb, prefix, r.page(), r.resource(), r.page().equals(page));
      sb.append("</li>\n");
    }
  }

  private static void link(StringBuilder sb, String prefix, String target, String label, boolean current) {
    sb.append("<a href=\"").append(escape(prefix + target + ".html")).append('"');
    if (current) {
      sb.append(" aria-current=\"page\"");
    }
    sb.append('>').append(escape(label)).append("</a>");
  }

  /** {@code ../} once per folder of {@code page}, so links work from any depth and from {@code file://}. */
  static String prefix(String page) {
    return "../".repeat((int) page.chars().filter(c -> c == '/').count());
  }

  /** Text for HTML content and attribute values. */
  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}

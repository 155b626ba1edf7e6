package io.github.stackdocs.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.render.site.SiteMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Breadcrumbs and sidebar as static, escaped, relative HTML; no Asciidoctor needed. */
class SiteNavigationTest {
  private static final String EVIL = "<img src=x onerror=alert(1)>&\"'";

  private static SiteMap map() {
    SiteMap.RunbookEntry fn = new SiteMap.RunbookEntry("Fn", "runbooks/app/Fn", "app", "stacks/app");
    SiteMap.StackEntry child = new SiteMap.StackEntry(EVIL, "stacks/child", List.of(), List.of());
    SiteMap.StackEntry app = new SiteMap.StackEntry("app", "stacks/app", List.of(child), List.of(fn));
    SiteMap.RunbookEntry orphan = new SiteMap.RunbookEntry("Old", "runbooks/gone/Old", "gone", "");
    return new SiteMap(EVIL, List.of(app), List.of(orphan), 3, true);
  }

  @Test
  void breadcrumbsLeadFromTheProjectThroughParentsToThePage() {
    SiteMap map = map();
    assertThat(SiteNavigation.breadcrumbs(map, "index")).contains("<span aria-current=\"page\">&lt;img src=x")
        .doesNotContain("<a ");
    assertThat(SiteNavigation.breadcrumbs(map, "runbooks/app/Fn")).contains(
        "<li><a href=\"../../index.html\">&lt;img src=x onerror=alert(1)&gt;&amp;&quot;&#39;</a></li>"
            + "<li><a href=\"../../stacks/app.html\">app</a></li>"
            + "<li><span aria-current=\"page\">Fn runbook</span></li>");
    assertThat(SiteNavigation.breadcrumbs(map, "stacks/child"))
        .contains("<a href=\"../stacks/app.html\">app</a>", "<span aria-current=\"page\">&lt;img");
    assertThat(SiteNavigation.breadcrumbs(map, "findings")).contains("<span aria-current=\"page\">Findings</span>");
    assertThat(SiteNavigation.breadcrumbs(map, "changelog")).contains("Change log");
    assertThat(SiteNavigation.breadcrumbs(map, "runbooks/gone/Old")).contains("<span aria-current=\"page\">gone</span>");
    assertThat(SiteNavigation.breadcrumbs(map, "diagrams/other")).contains("href=\"../index.html\"", ">other<");
    assertThat(SiteNavigation.breadcrumbs(map, "stacks/app")).doesNotContain(EVIL.substring(0, 4));
  }

  @Test
  void theSidebarListsStacksNestedStacksTheViewedStacksRunbooksFindingsAndTheChangeLog() {
    SiteMap map = map();
    String onIndex = SiteNavigation.nav(map, "index");
    assertThat(onIndex).contains("<a href=\"stacks/app.html\">app</a> <span class=\"stackdocs-nav-count\">1 runbook</span>",
        "<ul class=\"stackdocs-nav-nested\">", "<a href=\"stacks/child.html\">&lt;img", "<a href=\"findings.html\">Findings (3)</a>",
        "<a href=\"changelog.html\">Change log</a>", "<a href=\"runbooks/gone/Old.html\">Old</a>",
        "<a href=\"index.html\" aria-current=\"page\">")
        .doesNotContain("runbooks/app/Fn.html", "<img");
    String onRunbook = SiteNavigation.nav(map, "runbooks/app/Fn");
    assertThat(onRunbook).contains("<ul class=\"stackdocs-nav-runbooks\">",
        "<a href=\"../../runbooks/app/Fn.html\" aria-current=\"page\">Fn</a>", "href=\"../../stacks/app.html\"");
    assertThat(SiteNavigation.nav(new SiteMap("p", List.of(), List.of(), 0, false), "index"))
        .doesNotContain("Change log", "Stacks").contains("Findings (0)");
  }

  @Test
  void theIncidentsPageIsInTheSidebarAndHasItsOwnTrailOnlyWhenThereAreIncidents() {
    SiteMap.StackEntry app = new SiteMap.StackEntry("app", "stacks/app", List.of(), List.of());
    SiteMap with = new SiteMap("p", List.of(app), List.of(), 3, 2, false);
    assertThat(SiteNavigation.nav(with, "stacks/app")).contains("<a href=\"../incidents.html\">Incidents (2)</a>");
    assertThat(SiteNavigation.nav(with, "incidents"))
        .contains("<a href=\"incidents.html\" aria-current=\"page\">Incidents (2)</a>");
    assertThat(SiteNavigation.breadcrumbs(with, "incidents"))
        .contains("<a href=\"index.html\">p</a>", "<span aria-current=\"page\">Incidents</span>");
    assertThat(SiteNavigation.nav(new SiteMap("p", List.of(app), List.of(), 3, 0, false), "index"))
        .doesNotContain("incidents.html");
  }
}

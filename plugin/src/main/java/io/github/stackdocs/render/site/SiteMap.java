package io.github.stackdocs.render.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pages of the doc site (HTML and Antora) and how they hang together: the overview, the stacks (nested stacks
 * under their parent), each stack's runbooks, the findings page, the incidents page and the change log. Pages are
 * output paths without extension ({@code index}, {@code stacks/app}, {@code runbooks/app/Orders}). Labels are plain
 * text: each target escapes them. Built once per run; the navigation and every page's breadcrumbs come from it, so
 * they agree.
 */
public final class SiteMap {
  /** The overview page. */
  public static final String INDEX = "index";
  /** The page listing every finding. */
  public static final String FINDINGS = "findings";
  /** The page listing every incident, when the project has any ({@code IncidentsView.PAGE}). */
  public static final String INCIDENTS = io.github.stackdocs.render.view.IncidentsView.PAGE;
  /** The page of the change log, when one is configured and exists. */
  public static final String CHANGELOG = "changelog";
  /** The folder of the runbook pages. */
  public static final String RUNBOOKS = "runbooks";

  /** A stack page, its nested stacks and its runbooks, in navigation order. */
  public record StackEntry(String name, String page, List<StackEntry> nested, List<RunbookEntry> runbooks) {
    public StackEntry {
      nested = List.copyOf(nested);
      runbooks = List.copyOf(runbooks);
    }
  }

  /**
   * A runbook page.
   *
   * @param resource the runbook's file name without extension (the sanitized logical id)
   * @param stack the stack's name, or the runbook folder's name when no stack of the project has it
   * @param stackPage the stack's page, empty when no stack of the project has the folder (an orphaned folder)
   */
  public record RunbookEntry(String resource, String page, String stack, String stackPage) {}

  /** One step of a breadcrumb trail; {@code page} is empty for the current page (not a link). */
  public record Crumb(String label, String page) {}

  private final String project;
  private final List<StackEntry> stacks;
  private final List<RunbookEntry> orphanedRunbooks;
  private final int findings;
  private final int incidents;
  private final boolean changelog;
  private final Map<String, List<Crumb>> trails = new HashMap<>();

  /**
   * @param project the project's name (the overview's label)
   * @param stacks the top-level stacks, in the project's order
   * @param orphanedRunbooks runbooks in folders no stack has (listed after the stacks)
   * @param findings how many findings the findings page lists
   * @param changelog whether the site has a change log page
   */
  public SiteMap(String project, List<StackEntry> stacks, List<RunbookEntry> orphanedRunbooks, int findings,
      boolean changelog) {
    this(project, stacks, orphanedRunbooks, findings, 0, changelog);
  }

  /** As above, with the number of incidents the incidents page lists (none: the site has no such page). */
  public SiteMap(String project, List<StackEntry> stacks, List<RunbookEntry> orphanedRunbooks, int findings,
      int incidents, boolean changelog) {
    this.project = project;
    this.stacks = List.copyOf(stacks);
    this.orphanedRunbooks = List.copyOf(orphanedRunbooks);
    this.findings = findings;
    this.incidents = incidents;
    this.changelog = changelog;
    List<Crumb> home = List.of(new Crumb(project, INDEX));
    trails.put(INDEX, List.of(new Crumb(project, "")));
    trails.put(FINDINGS, List.of(home.get(0), new Crumb("Findings", "")));
    if (incidents > 0) {
      trails.put(INCIDENTS, List.of(home.get(0), new Crumb("Incidents", "")));
    }
    if (changelog) {
      trails.put(CHANGELOG, List.of(home.get(0), new Crumb("Change log", "")));
    }
    this.stacks.forEach(s -> addTrails(s, home));
    this.orphanedRunbooks.forEach(r -> trails.put(r.page(), List.of(home.get(0), new Crumb(r.stack(), ""),
        new Crumb(runbookLabel(r), ""))));
  }

  private void addTrails(StackEntry stack, List<Crumb> parents) {
    List<Crumb> self = new ArrayList<>(parents);
    self.add(new Crumb(stack.name(), ""));
    trails.put(stack.page(), List.copyOf(self));
    List<Crumb> linked = new ArrayList<>(parents);
    linked.add(new Crumb(stack.name(), stack.page()));
    for (RunbookEntry r : stack.runbooks()) {
      List<Crumb> trail = new ArrayList<>(linked);
      trail.add(new Crumb(runbookLabel(r), ""));
      trails.put(r.page(), List.copyOf(trail));
    }
    stack.nested().forEach(n -> addTrails(n, linked));
  }

  /** How a runbook is named in navigation and breadcrumbs. */
  public static String runbookLabel(RunbookEntry r) {
    return r.resource() + " runbook";
  }

  public String project() {
    return project;
  }

  public List<StackEntry> stacks() {
    return stacks;
  }

  public List<RunbookEntry> orphanedRunbooks() {
    return orphanedRunbooks;
  }

  /** Every runbook page: each stack's, its nested stacks' after it (navigation order), then the orphaned ones. */
  public List<RunbookEntry> runbooks() {
    List<RunbookEntry> all = new ArrayList<>();
    stacks.forEach(s -> addRunbooks(s, all));
    all.addAll(orphanedRunbooks);
    return all;
  }

  private static void addRunbooks(StackEntry stack, List<RunbookEntry> into) {
    into.addAll(stack.runbooks());
    stack.nested().forEach(n -> addRunbooks(n, into));
  }

  public int findings() {
    return findings;
  }

  /** How many incidents the incidents page lists; 0 when the site has no incidents page. */
  public int incidents() {
    return incidents;
  }

  public boolean changelog() {
    return changelog;
  }

  /**
   * The breadcrumb trail of {@code page}, from the overview to the page itself (last, not linked). A page the map
   * does not know (another feature's page) gets the overview and its own path.
   */
  public List<Crumb> crumbs(String page) {
    List<Crumb> trail = trails.get(page);
    if (trail != null) {
      return trail;
    }
    return List.of(new Crumb(project, INDEX), new Crumb(page.substring(page.lastIndexOf('/') + 1), ""));
  }

}

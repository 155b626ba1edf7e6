package io.github.stackdocs.render.diff;

import io.github.stackdocs.analyze.diff.ChangeKind;
import io.github.stackdocs.analyze.diff.ChangeSet;
import io.github.stackdocs.analyze.diff.Impact;
import io.github.stackdocs.analyze.diff.ItemChange;
import io.github.stackdocs.analyze.diff.PropertyChange;
import io.github.stackdocs.analyze.diff.ResourceChange;
import io.github.stackdocs.analyze.diff.Risk;
import io.github.stackdocs.analyze.diff.RiskKind;
import io.github.stackdocs.analyze.diff.StackChange;
import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.render.template.MarkdownText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code changes.md}: a pull-request comment. Counts on top, the risks first, then per stack a collapsible
 * {@code <details>} table. Never longer than {@link #LIMIT} characters (GitHub's comment limit is 65,536): what
 * does not fit is cut with a line saying how many changes only {@code changes.json} has. Every value from a
 * template is escaped (code spans or escaped text).
 */
public final class ChangesMarkdown {
  /** Room is left under GitHub's 65,536 for the cut line and a workflow's own header. */
  public static final int LIMIT = 60_000;
  private static final int MAX_VALUE = 80;
  private static final int MAX_PATHS = 6;
  private static final Pattern SAFE_URL = Pattern.compile("https://docs\\.aws\\.amazon\\.com/[A-Za-z0-9/._-]+");

  /** A link target that cannot break out of the Markdown link: no spaces, brackets, parentheses or angle brackets. */
  private static final Pattern DOCS_URL = Pattern.compile("[^\\s()\\[\\]<>`]+");

  private final ResourceCatalog catalog;
  private final int limit;
  private final ResourceLinks links;

  /** Where a resource's doc page is (a URL or relative path), if anywhere. */
  @FunctionalInterface
  public interface ResourceLinks {
    Optional<String> link(String stack, String logicalId);

    ResourceLinks NONE = (stack, logicalId) -> Optional.empty();
  }

  public ChangesMarkdown(ResourceCatalog catalog) {
    this(catalog, LIMIT, ResourceLinks.NONE);
  }

  /** With links from each resource's id to its page in stackdocs' own docs. */
  public ChangesMarkdown(ResourceCatalog catalog, ResourceLinks links) {
    this(catalog, LIMIT, links);
  }

  ChangesMarkdown(ResourceCatalog catalog, int limit) {
    this(catalog, limit, ResourceLinks.NONE);
  }

  ChangesMarkdown(ResourceCatalog catalog, int limit, ResourceLinks links) {
    this.catalog = catalog;
    this.limit = limit;
    this.links = links;
  }

  public String render(ChangeSet changes, String baselineName) {
    return render(changes, baselineName, List.of());
  }

  /** With notes on what was compared, each a quoted line under the baseline. */
  public String render(ChangeSet changes, String baselineName, List<String> notes) {
    return render(changes, baselineName, notes, Optional.empty());
  }

  /**
   * With how the change moves readiness, when some check starts or stops failing: a section under the summary, the
   * newly failing checks first.
   */
  public String render(ChangeSet changes, String baselineName, List<String> notes,
      Optional<io.github.stackdocs.analyze.readiness.ReadinessDelta> readiness) {
    StringBuilder out = new StringBuilder("## Infrastructure changes\n\n");
    out.append("Compared with ").append(MarkdownText.code(baselineName)).append(".\n\n");
    notes.forEach(n -> out.append("> **Note:** ").append(MarkdownText.inline(n)).append("\n\n"));
    out.append(summary(changes)).append("\n\n");
    readiness.filter(d -> !d.unchanged()).ifPresent(d -> out.append(readiness(d)));
    List<String> blocks = new ArrayList<>(); // units that are kept whole or cut
    List<Integer> counts = new ArrayList<>(); // how many changes each unit shows
    if (!changes.risks().isEmpty()) {
      blocks.add("### Risks\n\n");
      counts.add(0);
      for (Risk r : changes.risks()) {
        blocks.add("- **" + r.kind().label() + "**" + (r.view().isEmpty() ? "" : " (" + r.view() + ")") + " "
            + MarkdownText.code(r.stack() + " / " + r.logicalId()) + ": " + MarkdownText.inline(r.reason())
            + (r.view().isEmpty() ? "" : "; before: " + MarkdownText.inline(r.before()) + " → after: "
            + MarkdownText.inline(r.after())) + "\n");
        counts.add(1);
      }
      blocks.add("\n");
      counts.add(0);
    }
    for (StackChange s : changes.stacks()) {
      if (!s.hasVisibleChanges()) {
        continue;
      }
      List<ResourceChange> resources = s.visibleResources();
      List<ItemChange> items = s.visibleItems();
      blocks.add("<details><summary><b>" + MarkdownText.inline(s.stackName()) + "</b>"
          + (s.kind() == ChangeKind.MODIFIED ? "" : " (stack " + s.kind().name().toLowerCase(Locale.ROOT) + ")")
          + ": " + count(resources.size(), "resource change") + (items.isEmpty() ? "" : ", "
          + count(items.size(), "other change")) + "</summary>\n\n");
      counts.add(0);
      if (!resources.isEmpty()) {
        blocks.add("| Resource | Type | Change | Impact | Properties |\n|---|---|---|---|---|\n");
        counts.add(0);
        for (ResourceChange r : resources) {
          blocks.add(row(s.stackName(), r));
          counts.add(1);
        }
        blocks.add("\n");
        counts.add(0);
      }
      if (!items.isEmpty()) {
        blocks.add("| Template section | Name | Change | Before | After |\n|---|---|---|---|---|\n");
        counts.add(0);
        for (ItemChange i : items) {
          blocks.add("| " + i.section().name().toLowerCase(Locale.ROOT) + " | " + MarkdownText.code(i.name()) + " | "
              + kind(i.kind()) + " | " + value(i.oldValue()) + " | " + value(i.newValue()) + " |\n");
          counts.add(1);
        }
        blocks.add("\n");
        counts.add(0);
      }
      blocks.add("</details>\n\n");
      counts.add(0);
    }
    int reserve = 400; // closing tags and the cut line
    boolean inDetails = false;
    boolean inTable = false;
    int cutAt = -1;
    for (int i = 0; i < blocks.size(); i++) {
      String b = blocks.get(i);
      if (out.length() + b.length() + reserve > limit) {
        cutAt = i;
        break;
      }
      out.append(b);
      inDetails = b.startsWith("<details>") || (inDetails && !b.startsWith("</details>"));
      inTable = b.startsWith("| ") && b.contains("\n|---") || (inTable && b.startsWith("| "));
    }
    if (cutAt >= 0) {
      int more = 0;
      for (int i = cutAt; i < counts.size(); i++) {
        more += counts.get(i);
      }
      out.append(inTable ? "\n" : "").append(inDetails ? "</details>\n\n" : "");
      out.append("**").append(more).append(more == 1 ? " more change" : " more changes")
          .append(" in changes.json** (this comment is kept under GitHub's size limit).\n");
    }
    return out.toString();
  }

  private String summary(ChangeSet c) {
    if (c.empty()) {
      return "**No changes**" + (c.suppressed() == 0 ? "." : ", " + c.suppressed() + " suppressed (" + c.suppressedWhat() + ").");
    }
    List<String> parts = new ArrayList<>();
    parts.add(count(c.count(ChangeKind.ADDED), "added"));
    parts.add(count(c.count(ChangeKind.REMOVED), "removed"));
    parts.add(count(c.count(ChangeKind.MODIFIED) + c.count(ChangeKind.TYPE_CHANGED), "modified"));
    StringBuilder sb = new StringBuilder("**" + count(c.visibleResources().size(), "resource") + " changed** ("
        + String.join(", ", parts) + ")");
    sb.append(": ").append(c.count(Impact.WILL_REPLACE)).append(" will be replaced, ")
        .append(c.count(Impact.MAY_REPLACE)).append(" may be replaced, ")
        .append(c.count(Impact.DESTROY)).append(" destroyed, ")
        .append(c.count(Impact.ORPHAN)).append(" orphaned.");
    long other = c.stacks().stream().mapToLong(s -> s.visibleItems().size()).sum();
    if (other > 0) {
      sb.append(" ").append(count(other, "parameter, output, export, condition or rule change")).append(".");
    }
    sb.append("\n\n");
    if (c.risks().isEmpty()) {
      sb.append("No risks found.");
    } else {
      List<String> risks = new ArrayList<>();
      for (RiskKind k : RiskKind.values()) {
        if (c.count(k) > 0) {
          risks.add(c.count(k) + " " + k.label());
        }
      }
      sb.append("**Risks: ").append(String.join(", ", risks)).append("**");
    }
    if (c.suppressed() > 0) {
      sb.append(" · ").append(c.suppressed()).append(" suppressed (").append(c.suppressedWhat()).append(")");
    }
    return sb.toString();
  }

  private String row(String stack, ResourceChange r) {
    String type = MarkdownText.code(r.type());
    Optional<String> url = catalog.type(r.type()).map(t -> t.docsUrl()).filter(u -> SAFE_URL.matcher(u).matches());
    if (url.isPresent()) {
      type = "[" + type + "](" + url.get() + ")";
    }
    if (r.kind() == ChangeKind.TYPE_CHANGED) {
      type = MarkdownText.code(r.oldType()) + " → " + type;
    }
    String impact = r.impact().label();
    if (r.impact() == Impact.WILL_REPLACE || r.impact() == Impact.DESTROY || r.impact() == Impact.MAY_REPLACE) {
      impact = "**" + impact + "**";
    }
    List<PropertyChange> shown = r.visibleChanges().stream().filter(c -> !c.path().equals("Type")).toList();
    List<String> props = new ArrayList<>();
    for (PropertyChange c : shown.subList(0, Math.min(MAX_PATHS, shown.size()))) {
      String path = c.path().startsWith("Properties.") ? c.path().substring("Properties.".length()) : c.path();
      props.add(MarkdownText.code(path) + ": " + value(c.oldValue()) + " → " + value(c.newValue())
          + (c.impact().replaces() ? " (" + c.impact().label() + ")" : ""));
    }
    if (shown.size() > MAX_PATHS) {
      props.add("… " + (shown.size() - MAX_PATHS) + " more");
    }
    String id = MarkdownText.code(r.logicalId());
    Optional<String> page = links.link(stack, r.logicalId()).filter(u -> DOCS_URL.matcher(u).matches());
    if (page.isPresent()) {
      id = "[" + id + "](" + page.get() + ")";
    }
    return "| " + id + " | " + type + " | " + kind(r.kind()) + " | " + impact + " | "
        + String.join("<br>", props) + " |\n";
  }

  private static String kind(ChangeKind k) {
    return switch (k) {
      case ADDED -> "added";
      case REMOVED -> "removed";
      case MODIFIED -> "modified";
      case TYPE_CHANGED -> "type changed";
    };
  }

  private static String value(Optional<String> v) {
    if (v.isEmpty()) {
      return "*(none)*";
    }
    String s = v.get();
    if (s.length() > MAX_VALUE) {
      s = s.substring(0, MAX_VALUE - 1) + "…";
    }
    return s.isBlank() ? "*(empty)*" : MarkdownText.code(s);
  }

  private static String count(long n, String what) {
    return n + " " + (n == 1 || what.endsWith("ed") ? what : what + "s");
  }

  /** The readiness section: direction and scores, then the newly failing checks, then the fixed ones (capped). */
  private static String readiness(io.github.stackdocs.analyze.readiness.ReadinessDelta d) {
    StringBuilder sb = new StringBuilder("### Readiness: ").append(d.direction()).append(" (")
        .append(d.before().percent()).append("% → ").append(d.after().percent()).append("%)\n\n");
    lines(sb, "Newly failing", d.newlyFailing(), true);
    lines(sb, "Fixed", d.fixed(), false);
    return sb.toString();
  }

  private static void lines(StringBuilder sb, String title, List<io.github.stackdocs.analyze.readiness.CheckResult> rs,
      boolean details) {
    if (rs.isEmpty()) {
      return;
    }
    sb.append(title).append(":\n\n");
    int shown = Math.min(rs.size(), READINESS_LINES);
    for (io.github.stackdocs.analyze.readiness.CheckResult r : rs.subList(0, shown)) {
      sb.append("- ").append(details ? "**" + r.severity() + "** " : "").append(r.check().id()).append(' ')
          .append(MarkdownText.code(r.subject()));
      if (details) {
        sb.append(": ").append(MarkdownText.inline(r.detail()))
            .append(r.location().file().isEmpty() ? "" : " (" + MarkdownText.code(r.location().toString()) + ")");
      }
      sb.append('\n');
    }
    if (rs.size() > shown) {
      sb.append("- … ").append(rs.size() - shown).append(" more\n");
    }
    sb.append('\n');
  }

  /** How many checks each readiness list shows. */
  static final int READINESS_LINES = 30;
}

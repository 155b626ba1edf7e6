package io.github.stackdocs.render.diff;

import io.github.stackdocs.analyze.diff.ChangeKind;
import io.github.stackdocs.analyze.diff.ChangeSet;
import io.github.stackdocs.analyze.diff.Impact;
import io.github.stackdocs.analyze.diff.ResourceChange;
import io.github.stackdocs.analyze.diff.Risk;
import io.github.stackdocs.analyze.diff.RiskKind;
import io.github.stackdocs.analyze.diff.StackChange;
import io.github.stackdocs.render.template.AsciiDocText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One entry of the AsciiDoc change log ({@code appendChangelog}): baseline → current, counts, risks and a line per
 * stack. The entry starts with a comment line carrying its key, a hash of the baseline and the change set: the same
 * baseline/current pair gives the same key, so a second run finds it and appends nothing. Every template value is
 * escaped. No timestamps (the same inputs give the same bytes).
 */
public final class ChangelogEntry {
  /** The title of a new change-log file. */
  public static final String HEADER = "= Infrastructure change log\n:toc:\n\n"
      + "One entry per baseline and change, appended by `stackdocs:diff` (`appendChangelog`); earlier entries are"
      + " never rewritten.\n";
  private static final String MARKER = "// stackdocs-changelog-entry ";
  private static final int MAX_IDS = 10;

  private ChangelogEntry() {}

  /** The marker line that identifies the entry of this baseline and change set. */
  public static String marker(ChangeSet changes, String changesJson, String baselineName) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(baselineName.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(changesJson.getBytes(StandardCharsets.UTF_8));
      return MARKER + HexFormat.of().formatHex(sha.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * @param changesJson the {@code changes.json} of this run (with the baseline name, it identifies the entry)
   * @param current how the current side is named ({@code working tree}, a commit)
   */
  public static String render(ChangeSet changes, String changesJson, String baselineName, String current) {
    return render(changes, changesJson, baselineName, current, java.util.Optional.empty());
  }

  /** With a line on how the change moves readiness, when some check starts or stops failing. */
  public static String render(ChangeSet changes, String changesJson, String baselineName, String current,
      java.util.Optional<io.github.stackdocs.analyze.readiness.ReadinessDelta> readiness) {
    StringBuilder sb = new StringBuilder();
    sb.append(marker(changes, changesJson, baselineName)).append('\n');
    sb.append("== ").append(AsciiDocText.inline(baselineName)).append(" → ").append(AsciiDocText.inline(current))
        .append("\n\n");
    if (changes.empty()) {
      sb.append("No changes").append(changes.suppressed() == 0 ? "." : ", " + changes.suppressed()
          + " suppressed (" + changes.suppressedWhat() + ").").append("\n\n");
      return sb.toString();
    }
    List<String> kinds = new ArrayList<>();
    for (ChangeKind k : ChangeKind.values()) {
      if (changes.count(k) > 0) {
        kinds.add(changes.count(k) + " " + k.name().toLowerCase(Locale.ROOT).replace('_', ' '));
      }
    }
    List<String> impacts = new ArrayList<>();
    for (Impact i : Impact.values()) {
      if (changes.count(i) > 0) {
        impacts.add(changes.count(i) + " " + i.label());
      }
    }
    sb.append("* Resources: ").append(changes.visibleResources().size()).append(" changed (")
        .append(String.join(", ", kinds)).append("); ").append(String.join(", ", impacts)).append('\n');
    if (changes.suppressed() > 0) {
      sb.append("* Suppressed: ").append(changes.suppressed()).append(" (").append(changes.suppressedWhat()).append(")\n");
    }
    List<String> riskCounts = new ArrayList<>();
    for (RiskKind k : RiskKind.values()) {
      if (changes.count(k) > 0) {
        riskCounts.add(changes.count(k) + " " + k.label());
      }
    }
    sb.append("* Risks: ").append(riskCounts.isEmpty() ? "none" : String.join(", ", riskCounts)).append('\n');
    readiness.filter(d -> !d.unchanged()).ifPresent(d -> {
      sb.append("* Readiness: ").append(d.direction()).append(" (").append(d.before().percent()).append("% → ")
          .append(d.after().percent()).append("%), ").append(d.newlyFailing().size()).append(" newly failing, ")
          .append(d.fixed().size()).append(" fixed\n");
      d.newlyFailing().stream().limit(MAX_IDS).forEach(r -> sb.append("** *").append(r.severity()).append("* ")
          .append(r.check().id()).append(' ').append(AsciiDocText.code(r.subject())).append(": ")
          .append(AsciiDocText.inline(r.detail())).append('\n'));
    });
    for (Risk r : changes.risks()) {
      sb.append("** *").append(r.kind().label()).append("* ").append(AsciiDocText.code(r.stack() + " / "
          + r.logicalId())).append(": ").append(AsciiDocText.inline(r.reason()));
      if (!r.view().isEmpty()) {
        sb.append(" (").append(r.view()).append("; before: ").append(AsciiDocText.inline(r.before()))
            .append(" → after: ").append(AsciiDocText.inline(r.after())).append(')');
      }
      sb.append('\n');
    }
    sb.append("\n[cols=\"1,3\",options=\"header\"]\n|===\n| Stack | Changes\n");
    for (StackChange s : changes.stacks()) {
      if (!s.hasVisibleChanges()) {
        continue;
      }
      List<String> ids = new ArrayList<>();
      List<ResourceChange> resources = s.visibleResources();
      for (ResourceChange r : resources.subList(0, Math.min(MAX_IDS, resources.size()))) {
        ids.add(AsciiDocText.code(r.logicalId()) + " " + r.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
            + (r.impact() == Impact.IN_PLACE || r.impact() == Impact.CREATE ? "" : " (" + r.impact().label() + ")"));
      }
      if (resources.size() > MAX_IDS) {
        ids.add("… " + (resources.size() - MAX_IDS) + " more");
      }
      int items = s.visibleItems().size();
      if (items > 0) {
        ids.add(items + " parameter, output, export, condition or rule change" + (items == 1 ? "" : "s"));
      }
      sb.append("| ").append(AsciiDocText.inline(s.stackName()))
          .append(s.kind() == ChangeKind.MODIFIED ? "" : " (stack " + s.kind().name().toLowerCase(Locale.ROOT) + ")")
          .append(" | ").append(String.join(", ", ids)).append('\n');
    }
    sb.append("|===\n\n");
    return sb.toString();
  }
}

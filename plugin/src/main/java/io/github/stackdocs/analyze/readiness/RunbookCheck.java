package io.github.stackdocs.analyze.readiness;

import io.github.stackdocs.output.MarkerException;
import io.github.stackdocs.output.MarkerRegions;
import io.github.stackdocs.model.SourceLocation;
import java.util.regex.Pattern;

/**
 * The runbook check: the runbook of a resource exists, and no part of it meant for people (everything outside the
 * generated {@code // stackdocs:begin}/{@code end} regions, see {@link MarkerRegions}) still says {@code TODO}. The
 * verdict names the file only, never the line or its text: editing what people wrote changes the docs only when the
 * last TODO goes (the check then passes), so the docs do not go stale with every edit of a runbook.
 */
final class RunbookCheck {
  private static final Pattern TODO = Pattern.compile("\\bTODO\\b");

  private RunbookCheck() {}

  static Verdict of(Runbooks runbooks, String path) {
    String shown = runbooks.shown(path);
    String text = runbooks.texts().get(path);
    if (text == null) {
      return Verdict.fail(Check.RUNBOOK, "no runbook at " + shown, SourceLocation.of(shown));
    }
    MarkerRegions.Parsed parsed;
    try {
      parsed = MarkerRegions.parse(text, shown);
    } catch (MarkerException e) {
      return Verdict.fail(Check.RUNBOOK, "its markers are broken: " + e.getMessage(), SourceLocation.of(shown));
    }
    for (MarkerRegions.Part part : parsed.parts()) {
      if (part instanceof MarkerRegions.Text t && TODO.matcher(t.text()).find()) {
        return Verdict.fail(Check.RUNBOOK, "its hand-written parts still say TODO", SourceLocation.of(shown));
      }
    }
    return Verdict.pass(Check.RUNBOOK, "runbook " + shown + " is filled in", SourceLocation.of(shown));
  }
}

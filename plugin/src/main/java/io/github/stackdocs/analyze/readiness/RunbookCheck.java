package io.github.stackdocs.analyze.readiness;

import io.github.stackdocs.output.MarkerException;
import io.github.stackdocs.output.MarkerRegions;
import io.github.stackdocs.model.SourceLocation;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The runbook check: the runbook of a resource exists, and no part of it meant for people (everything outside the
 * generated {@code // stackdocs:begin}/{@code end} regions, see {@link MarkerRegions}) still says {@code TODO}.
 */
final class RunbookCheck {
  private static final Pattern TODO = Pattern.compile("\\bTODO\\b");
  private static final int SHOWN = 60;

  private RunbookCheck() {}

  static Verdict of(Runbooks runbooks, String path) {
    String shown = runbooks.shown(path);
    String text = runbooks.texts().get(path);
    if (text == null) {
      return Verdict.fail(Check.RUNBOOK, runbooks.written()
          ? "its runbook " + shown + " is new (this run writes it): its hand-written parts still say TODO"
          : "no runbook at " + shown, SourceLocation.of(shown));
    }
    MarkerRegions.Parsed parsed;
    try {
      parsed = MarkerRegions.parse(text, shown);
    } catch (MarkerException e) {
      return Verdict.fail(Check.RUNBOOK, "its markers are broken: " + e.getMessage(), SourceLocation.of(shown));
    }
    int line = 1;
    for (MarkerRegions.Part part : parsed.parts()) {
      if (part instanceof MarkerRegions.Text t) {
        Optional<String> todo = Optional.empty();
        int at = line;
        for (String l : t.text().split("\n", -1)) {
          if (TODO.matcher(l).find()) {
            todo = Optional.of(l.strip());
            break;
          }
          at++;
        }
        if (todo.isPresent()) {
          String quoted = todo.get().length() > SHOWN ? todo.get().substring(0, SHOWN) + "..." : todo.get();
          return Verdict.fail(Check.RUNBOOK, "its hand-written part still says TODO (line " + at + ": " + quoted + ")",
              new SourceLocation(shown, at, 1));
        }
      }
      line += lines(part.text());
    }
    return Verdict.pass(Check.RUNBOOK, "runbook " + shown + " is filled in", SourceLocation.of(shown));
  }

  private static int lines(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }
}

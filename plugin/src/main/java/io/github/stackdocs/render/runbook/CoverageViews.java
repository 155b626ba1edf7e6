package io.github.stackdocs.render.runbook;

import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.analyze.observability.Coverage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns coverage into the index's tables, with links to the runbooks when they are on. */
public final class CoverageViews {
  private static final Pattern SAFE_SEGMENT = Pattern.compile("\\.\\.|[A-Za-z0-9_][A-Za-z0-9._-]*");

  private CoverageViews() {}

  /**
   * Where the index finds the runbooks.
   *
   * @param relative the runbook folder relative to the output folder ('/' separators), when every segment is a
   *     plain name or {@code ..} (so it can go into a link untouched); else empty
   * @param shown the runbook folder as shown to people when it cannot be linked (relative to the project)
   */
  public record RunbookLinks(Optional<String> relative, String shown) {
    /** {@code relative} only when it is safe to put in a link. */
    public static RunbookLinks of(String relative, String shown) {
      boolean safe = !relative.isEmpty() && java.util.Arrays.stream(relative.split("/", -1))
          .allMatch(s -> SAFE_SEGMENT.matcher(s).matches());
      return new RunbookLinks(safe ? Optional.of(relative) : Optional.empty(), shown);
    }
  }

  /**
   * Stacks without rows are left out; runbook links only when {@code links} is present (runbooks on).
   *
   * @param runbooks resource → the path of the runbook that covers it ({@link RunbookUnits#paths})
   */
  public static List<CoverageView> build(List<Coverage> coverage, Map<NodeId, String> runbooks,
      Optional<RunbookLinks> links) {
    return build(coverage, runbooks, links, path -> true);
  }

  /** As above; only runbooks whose path in the runbook folder is {@code linkable} are linked or shown. */
  public static List<CoverageView> build(List<Coverage> coverage, Map<NodeId, String> runbooks,
      Optional<RunbookLinks> links, java.util.function.Predicate<String> linkable) {
    return coverage.stream().filter(c -> !c.rows().isEmpty()).map(c -> new CoverageView(c.stack(), c.rows().stream()
        .map(r -> {
          String path = runbooks.getOrDefault(new NodeId(c.stack(), r.logicalId()), "");
          Optional<RunbookLinks> own = !path.isEmpty() && linkable.test(path) ? links : Optional.empty();
          String linked = own.flatMap(RunbookLinks::relative).map(rel -> rel + "/" + path).orElse("");
          String shown = own.isPresent() && linked.isEmpty() ? own.get().shown() + "/" + path : "";
          return new CoverageView.Row(r.logicalId(), r.type(), text(r.alarm()), text(r.logRetention()),
              text(r.deadLetter()), text(r.backup()), linked, linked, shown);
        }).toList())).toList();
  }

  private static String text(Coverage.Status s) {
    return switch (s) {
      case OK -> "ok";
      case MISSING -> "MISSING";
      case DEPENDS -> "depends";
      case NOT_APPLICABLE -> "n/a";
    };
  }
}

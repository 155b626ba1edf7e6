package io.github.stackdocs.analyze.diff;

import io.github.stackdocs.analyze.security.AccessRow;
import io.github.stackdocs.analyze.security.Exposure;
import io.github.stackdocs.analyze.security.SecurityAnalyzer;
import io.github.stackdocs.analyze.security.StackSecurity;
import io.github.stackdocs.model.Project;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Changes that widen the security views (see {@code analyze.security}): an exposure to the internet or a flagged
 * grant (wildcard, another account, anyone) that the baseline did not have. Each is a SECURITY risk with what the
 * view showed for the resource before and what it shows after. Where the rule checks of {@link RiskClassifier}
 * already report the change (new IAM statements, security-group rules), their risk gets the before → after instead
 * of a second risk.
 */
final class SecurityWidening {
  private final Map<String, StackSecurity> before = new HashMap<>();
  private final Map<String, StackSecurity> after = new HashMap<>();

  SecurityWidening(Project baseline, Project current) {
    SecurityAnalyzer analyzer = new SecurityAnalyzer();
    analyzer.analyze(baseline).forEach(s -> before.put(s.stack(), s));
    analyzer.analyze(current).forEach(s -> after.put(s.stack(), s));
  }

  void risks(List<StackChange> stacks, List<Risk> risks) {
    for (StackChange s : stacks) {
      StackSecurity now = after.get(s.stackName());
      if (now == null) {
        continue;
      }
      StackSecurity old = before.getOrDefault(s.stackName(), new StackSecurity(s.stackName(), "", List.of(), List.of()));
      access(s.stackName(), old, now, risks); // first: new IAM statements' risks are on the policy's resource
      exposures(s.stackName(), old, now, risks);
    }
  }

  private static void exposures(String stack, StackSecurity old, StackSecurity now, List<Risk> risks) {
    Set<String> had = old.exposure().stream().map(Exposure::key).collect(Collectors.toSet());
    for (Exposure e : now.exposure()) {
      if (had.contains(e.key())) {
        continue;
      }
      String was = old.exposure().stream().filter(o -> o.resource().equals(e.resource()) && o.kind() == e.kind())
          .map(Exposure::detail).collect(Collectors.joining("; "));
      attach(risks, stack, e.resource(), "exposure", was.isEmpty() ? "not exposed" : was, e.kind().label() + ": "
          + e.detail(), e.kind().securityGroupRule() ? null
          : "now reachable from the internet: " + e.kind().label() + ", " + e.detail());
    }
  }

  private static void access(String stack, StackSecurity old, StackSecurity now, List<Risk> risks) {
    Set<String> had = new HashSet<>();
    old.flagged().forEach(a -> had.add(key(a)));
    for (AccessRow a : now.flagged()) {
      if (had.contains(key(a))) {
        continue;
      }
      String was = old.flagged().stream().filter(o -> o.holder().equals(a.holder())).map(SecurityWidening::shown)
          .collect(Collectors.joining("; "));
      attach(risks, stack, a.holder(), "access", was.isEmpty() ? "no flagged grant" : was, shown(a),
          "widens access: " + a.source() + " grants " + a.summary() + " (" + labels(a) + ")");
    }
  }

  /**
   * Gives the first risk of the resource that has no before → after yet this one; else adds {@code reason} as a new
   * risk (nothing when {@code reason} is null: the rule checks decided the change is not a widening).
   */
  private static void attach(List<Risk> risks, String stack, String id, String view, String was, String is,
      String reason) {
    for (int i = 0; i < risks.size(); i++) {
      Risk r = risks.get(i);
      if (r.kind() == RiskKind.SECURITY && r.stack().equals(stack) && r.logicalId().equals(id) && r.view().isEmpty()) {
        risks.set(i, new Risk(r.kind(), stack, id, r.reason(), view, was, is));
        return;
      }
    }
    if (reason != null) {
      risks.add(new Risk(RiskKind.SECURITY, stack, id, reason, view, was, is));
    }
  }

  private static String key(AccessRow a) {
    return a.holder() + "\u0000" + a.source() + "\u0000" + a.summary() + "\u0000" + a.flags();
  }

  private static String shown(AccessRow a) {
    return a.summary() + " (" + labels(a) + ")";
  }

  private static String labels(AccessRow a) {
    return a.flags().stream().map(AccessRow.Flag::label).collect(Collectors.joining(", "));
  }
}

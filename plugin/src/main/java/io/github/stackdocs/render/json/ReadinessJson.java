package io.github.stackdocs.render.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stackdocs.analyze.readiness.Check;
import io.github.stackdocs.analyze.readiness.CheckResult;
import io.github.stackdocs.analyze.readiness.Readiness;
import io.github.stackdocs.analyze.readiness.Score;
import io.github.stackdocs.analyze.readiness.StackReadiness;

/**
 * The readiness scorecards in {@code model.json}: the checks (id, default severity, rationale, fix), the project's
 * score, and per stack its score and every result (status, severity, what was found, where, and a waiver's reason).
 */
final class ReadinessJson {
  private ReadinessJson() {}

  static ObjectNode of(JsonNodeFactory f, Readiness readiness) {
    ObjectNode o = f.objectNode();
    o.set("score", score(f, readiness.score()));
    ArrayNode checks = o.putArray("checks");
    for (Check c : Check.values()) {
      checks.addObject().put("id", c.id()).put("severity", c.severity().name())
          .put("scope", c.stackLevel() ? "stack" : "resource").put("title", c.title())
          .put("rationale", c.rationale()).put("fix", c.fix());
    }
    ArrayNode stacks = o.putArray("stacks");
    for (StackReadiness s : readiness.stacks()) {
      ObjectNode so = stacks.addObject().put("stack", s.stack()).put("environment", s.environment());
      so.set("score", score(f, s.score()));
      ArrayNode results = so.putArray("results");
      for (CheckResult r : s.results()) {
        ObjectNode ro = results.addObject().put("check", r.check().id()).put("resource", r.logicalId())
            .put("type", r.type()).put("status", r.status().name()).put("severity", r.severity().name())
            .put("detail", r.detail()).put("location", r.location().toString());
        r.waiver().ifPresent(w -> ro.putObject("waiver").put("waived", w.waived()).put("reason", w.reason())
            .put("location", w.location().toString()));
      }
    }
    return o;
  }

  private static ObjectNode score(JsonNodeFactory f, Score s) {
    return f.objectNode().put("passed", s.passed()).put("failed", s.failed()).put("failedErrors", s.failedErrors())
        .put("waived", s.waived()).put("unknown", s.unknown()).put("percent", s.percent()).put("badge", s.badge());
  }
}

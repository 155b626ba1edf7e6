package io.github.stackdocs.analyze.readiness;

import io.github.stackdocs.model.SourceLocation;

/**
 * What one check found on one resource or stack, before waivers: the status, what was found (one sentence, plain
 * text) and where the fault is (the property or resource in the template, the runbook line).
 */
record Verdict(Check check, CheckResult.Status status, String detail, SourceLocation location) {
  static Verdict pass(Check check, String detail, SourceLocation at) {
    return new Verdict(check, CheckResult.Status.PASS, detail, at);
  }

  static Verdict fail(Check check, String detail, SourceLocation at) {
    return new Verdict(check, CheckResult.Status.FAIL, detail, at);
  }

  static Verdict unknown(Check check, String detail, SourceLocation at) {
    return new Verdict(check, CheckResult.Status.UNKNOWN, detail, at);
  }
}

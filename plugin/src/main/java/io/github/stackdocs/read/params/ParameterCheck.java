package io.github.stackdocs.read.params;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Parameter;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.model.Stack;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks one stack's parameter values against its template, as CloudFormation would before deploying: names the
 * template does not declare (WARN, with the closest name), and each value outside {@code AllowedValues}, not
 * matching {@code AllowedPattern} (whole value), outside {@code MinLength}/{@code MaxLength} or
 * {@code MinValue}/{@code MaxValue}, or not a number for a {@code Number} (ERROR at the value). A parameter with no
 * value and no {@code Default} is a WARN at the parameter. No finding quotes a value of a {@code NoEcho} parameter.
 * Stateless.
 */
public final class ParameterCheck {
  private ParameterCheck() {}

  /**
   * @param file the stack's parameter file; empty when the environment has none for the stack
   */
  public static void check(Stack stack, Optional<ParameterFile> file, List<Finding> findings) {
    Findings out = new Findings(findings, stack.name());
    file.ifPresent(f -> unknownNames(stack, f, out));
    for (Parameter p : stack.parameters()) {
      Optional<ParameterSetting> setting = file.flatMap(f -> f.value(p.name()));
      if (setting.isEmpty()) {
        missing(p, file, out);
      } else if (!setting.get().usePreviousValue()) {
        new ValueCheck(p, setting.get(), out).run();
      }
    }
  }

  /** As {@link #check(Stack, Optional, List)} for a stack with a parameter file. */
  public static void check(Stack stack, ParameterFile file, List<Finding> findings) {
    check(stack, Optional.of(file), findings);
  }

  private static void unknownNames(Stack stack, ParameterFile file, Findings out) {
    List<String> declared = stack.parameters().stream().map(Parameter::name).toList();
    file.values().values().stream().filter(s -> !declared.contains(s.name())).forEach(s ->
        out.warn("unknown-parameter", "stack '" + stack.name() + "' declares no parameter '" + s.name() + "'"
            + ParameterFolder.suggestion(s.name(), declared) + "; the value is not used", s.location()));
  }

  /**
   * A NoEcho parameter is not reported: the model never keeps its {@code Default}, so whether it has one is not
   * known here.
   */
  private static void missing(Parameter p, Optional<ParameterFile> file, Findings out) {
    if (p.defaultValue().isPresent() || p.noEcho()) {
      return;
    }
    out.warn("missing-parameter-value", "parameter '" + p.name() + "' has no Default and no value "
        + file.map(f -> "in " + f.displayName()).orElse("(the stack has no parameter file)"), p.location());
  }

  /** The checks of one value. */
  private static final class ValueCheck {
    private final Parameter p;
    private final ParameterSetting s;
    private final Findings out;
    private final boolean list;

    ValueCheck(Parameter p, ParameterSetting s, Findings out) {
      this.p = p;
      this.s = s;
      this.out = out;
      this.list = p.type().equals("CommaDelimitedList") || p.type().startsWith("List<");
    }

    void run() {
      if (!list && s.value() instanceof io.github.stackdocs.model.Node.ListNode) {
        out.error("wrong-type", "parameter '" + p.name() + "' is of type " + p.type() + " and takes one value, "
            + "not a list", s.location());
        return;
      }
      List<String> items = list ? splitItems() : List.of(s.text());
      boolean number = p.type().equals("Number") || p.type().equals("List<Number>");
      for (int i = 0; i < items.size(); i++) {
        SourceLocation at = s.itemLocation(i);
        String v = items.get(i);
        if (number) {
          numberChecks(v, at);
        } else {
          allowedPattern(v, at);
        }
        if (!p.allowedValues().isEmpty() && !p.allowedValues().contains(v)) {
          out.error("value-not-allowed", subject(v) + " is not one of the AllowedValues "
              + (p.noEcho() ? "" : p.allowedValues()) + constraint(), at);
        }
      }
      if (!number && !list) {
        lengthChecks(s.text(), s.location());
      }
    }

    /** A list value's items as given, or a string split at commas (CloudFormation's own rule). */
    private List<String> splitItems() {
      if (s.value() instanceof io.github.stackdocs.model.Node.ListNode) {
        return s.items();
      }
      return List.of(s.text().split(",", -1));
    }

    private void numberChecks(String v, SourceLocation at) {
      Optional<BigDecimal> n = number(v);
      if (n.isEmpty()) {
        out.error("not-a-number", subject(v) + " is not a number (type " + p.type() + ")", at);
        return;
      }
      bound(p.minValue()).filter(min -> n.get().compareTo(min) < 0).ifPresent(min ->
          out.error("value-too-small", subject(v) + " is less than MinValue " + p.minValue() + constraint(), at));
      bound(p.maxValue()).filter(max -> n.get().compareTo(max) > 0).ifPresent(max ->
          out.error("value-too-large", subject(v) + " is greater than MaxValue " + p.maxValue() + constraint(), at));
    }

    private void lengthChecks(String v, SourceLocation at) {
      int length = v.codePointCount(0, v.length());
      bound(p.minLength()).filter(min -> BigDecimal.valueOf(length).compareTo(min) < 0).ifPresent(min ->
          out.error("value-too-short", subject(v) + " is " + length + " characters long, shorter than MinLength "
              + p.minLength() + constraint(), at));
      bound(p.maxLength()).filter(max -> BigDecimal.valueOf(length).compareTo(max) > 0).ifPresent(max ->
          out.error("value-too-long", subject(v) + " is " + length + " characters long, longer than MaxLength "
              + p.maxLength() + constraint(), at));
    }

    private void allowedPattern(String v, SourceLocation at) {
      if (p.allowedPattern().isEmpty()) {
        return;
      }
      Pattern pattern;
      try {
        pattern = Pattern.compile(p.allowedPattern());
      } catch (PatternSyntaxException e) {
        out.warn("pattern-not-checked", "the AllowedPattern of parameter '" + p.name() + "' is not a regular "
            + "expression Java can read; the value is not checked against it", at);
        return;
      }
      Optional<Boolean> matched = BoundedMatch.matches(pattern, v);
      if (matched.isEmpty()) {
        out.warn("pattern-not-checked", "the value of parameter '" + p.name() + "' was not checked against its "
            + "AllowedPattern: " + (v.length() > BoundedMatch.MAX_VALUE ? "the value is longer than "
            + BoundedMatch.MAX_VALUE + " characters" : "the match took more than " + BoundedMatch.MAX_STEPS
            + " steps (a pattern that backtracks)"), at);
      } else if (!matched.get()) {
        out.error("value-not-matching", subject(v) + " does not match the AllowedPattern "
            + p.allowedPattern() + constraint(), at);
      }
    }

    /** "the value 'dev' of parameter 'Stage'", never the value of a NoEcho parameter. */
    private String subject(String v) {
      return p.noEcho() ? "the value of NoEcho parameter '" + p.name() + "'"
          : "the value '" + v + "' of parameter '" + p.name() + "'";
    }

    private String constraint() {
      return p.constraintDescription().isEmpty() ? "" : " (" + p.constraintDescription() + ")";
    }

    private static Optional<BigDecimal> bound(String text) {
      return number(text.strip());
    }

    private static Optional<BigDecimal> number(String text) {
      if (text.isEmpty() || text.length() > 100) {
        return Optional.empty();
      }
      try {
        return Optional.of(new BigDecimal(text.strip()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
  }
}

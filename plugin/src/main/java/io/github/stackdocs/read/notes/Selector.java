package io.github.stackdocs.read.notes;

import io.github.stackdocs.read.Wildcard;

/**
 * A sidecar key: a stack ({@code shop-app}), a resource ({@code shop-app/OrdersTable}), a CDK construct path
 * relative to its stack ({@code shop-app:Orders/Handler}, which also selects everything under the construct), or
 * any of these with globs ({@code *} anything but {@code /}, {@code **} anything, {@code ?} one character), matched
 * by {@link Wildcard} without backtracking (the keys come from an input file).
 */
record Selector(String text, Kind kind, String stackPart, String rest, boolean glob, Wildcard stackPattern,
    Wildcard restPattern) {

  enum Kind { STACK, RESOURCE, CONSTRUCT }

  static Selector parse(String key) {
    String k = key.strip();
    Kind kind;
    String stack;
    String rest = "";
    int colon = k.indexOf(':');
    int slash = k.indexOf('/');
    if (colon >= 0 && (slash < 0 || colon < slash)) {
      kind = Kind.CONSTRUCT;
      stack = k.substring(0, colon);
      rest = trimSlashes(k.substring(colon + 1));
    } else if (slash >= 0) {
      kind = Kind.RESOURCE;
      stack = k.substring(0, slash);
      rest = k.substring(slash + 1);
    } else {
      kind = Kind.STACK;
      stack = k;
    }
    boolean glob = isGlob(stack) || isGlob(rest);
    Wildcard restPattern = kind == Kind.CONSTRUCT ? Wildcard.ofOrUnder(rest) : Wildcard.of(rest);
    return new Selector(k, kind, stack, rest, glob, Wildcard.of(stack), restPattern);
  }

  boolean matchesStack(String stack) {
    return stackPattern.matches(stack);
  }

  /** For RESOURCE: the logical id; for CONSTRUCT: the construct path relative to the stack. */
  boolean matchesRest(String value) {
    return restPattern.matches(value);
  }

  /**
   * Higher is more specific: exact beats glob; then the longer literal text (a deeper construct path, a
   * narrower glob).
   */
  int specificity() {
    String literal = (stackPart + "/" + rest).replaceAll("[*?]", "");
    return (glob ? 0 : 100_000) + literal.length();
  }

  private static boolean isGlob(String s) {
    return Wildcard.isPattern(s);
  }

  private static String trimSlashes(String s) {
    String t = s;
    while (t.startsWith("/")) {
      t = t.substring(1);
    }
    while (t.endsWith("/")) {
      t = t.substring(0, t.length() - 1);
    }
    return t;
  }
}

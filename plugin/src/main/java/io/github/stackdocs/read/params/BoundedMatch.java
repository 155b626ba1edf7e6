package io.github.stackdocs.read.params;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whole-value matching of a template's {@code AllowedPattern} against a value from a parameter file, with both
 * inputs untrusted: the value is at most {@link #MAX_VALUE} characters, and the match may read at most
 * {@link #MAX_STEPS} characters of it (every read of a character by the backtracking matcher counts). A pattern that
 * backtracks catastrophically ({@code (a+)+$}) is given up in well under a second, and the result (matched, not
 * matched, not decided) depends only on the inputs, never on the machine's speed.
 */
final class BoundedMatch {
  /** The longest value matched: CloudFormation's limit on a parameter value is 4,096 bytes. */
  static final int MAX_VALUE = 4_096;

  /** The most character reads one match may make. */
  static final long MAX_STEPS = 1_000_000;

  private BoundedMatch() {}

  /** Whether the whole value matches; empty when the match was given up. */
  static Optional<Boolean> matches(Pattern pattern, String value) {
    if (value.length() > MAX_VALUE) {
      return Optional.empty();
    }
    try {
      return Optional.of(pattern.matcher(new Counted(value)).matches());
    } catch (GiveUp | StackOverflowError e) {
      return Optional.empty();
    }
  }

  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super(null, null, false, false);
    }
  }

  /** The value, counting every character read. */
  private static final class Counted implements CharSequence {
    private final String text;
    private final long[] steps;

    Counted(String text) {
      this(text, new long[1]);
    }

    private Counted(String text, long[] steps) {
      this.text = text;
      this.steps = steps;
    }

    @Override
    public char charAt(int index) {
      if (++steps[0] > MAX_STEPS) {
        throw new GiveUp();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new Counted(text.substring(start, end), steps);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}

package io.github.stackdocs.read;

/**
 * An Ant/Maven-style path pattern over '/'-separated relative paths: {@code **}{@code /} matches any number
 * of directories (also none), {@code *} anything but '/', {@code ?} one character but '/'. Matched by
 * {@link Wildcard}, without backtracking.
 */
final class Glob {
  private final String pattern;
  private final Wildcard wildcard;

  Glob(String pattern) {
    this.pattern = pattern;
    this.wildcard = Wildcard.path(pattern.replace('\\', '/'));
  }

  boolean matches(String relativePath) {
    return wildcard.matches(relativePath);
  }

  @Override
  public String toString() {
    return pattern;
  }
}

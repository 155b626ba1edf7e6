package io.github.stackdocs.read;

import java.util.regex.Pattern;

/**
 * An Ant/Maven-style path pattern over '/'-separated relative paths: {@code **}{@code /} matches any number
 * of directories (also none), {@code *} anything but '/', {@code ?} one character but '/'.
 */
final class Glob {
  private final String pattern;
  private final Pattern regex;

  Glob(String pattern) {
    this.pattern = pattern;
    this.regex = Pattern.compile(toRegex(pattern.replace('\\', '/')));
  }

  boolean matches(String relativePath) {
    return regex.matcher(relativePath).matches();
  }

  @Override
  public String toString() {
    return pattern;
  }

  private static String toRegex(String glob) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < glob.length()) {
      char c = glob.charAt(i);
      if (glob.startsWith("**/", i)) {
        sb.append("(?:.*/)?");
        i += 3;
      } else if (glob.startsWith("**", i)) {
        sb.append(".*");
        i += 2;
      } else if (c == '*') {
        sb.append("[^/]*");
        i++;
      } else if (c == '?') {
        sb.append("[^/]");
        i++;
      } else {
        sb.append(Pattern.quote(String.valueOf(c)));
        i++;
      }
    }
    return sb.toString();
  }
}

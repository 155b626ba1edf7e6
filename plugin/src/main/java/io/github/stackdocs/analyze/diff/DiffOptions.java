package io.github.stackdocs.analyze.diff;

import java.util.List;

/**
 * What a reviewer asks the change log to show or leave out.
 *
 * @param showAssetChanges list asset-hash changes (function code, container images, asset parameters) instead of
 *     suppressing them as CDK noise
 * @param excludes change paths to leave out, counted as suppressed: a path matches when it is the pattern or lies
 *     under it ({@code Properties.Tags} matches {@code Properties.Tags[0].Value}); a pattern is also tried under
 *     {@code Properties.}, so {@code Tags} and {@code Description} name properties
 */
public record DiffOptions(boolean showAssetChanges, List<String> excludes) {
  public static final DiffOptions DEFAULT = new DiffOptions(false, List.of());

  public DiffOptions {
    excludes = excludes.stream().map(String::strip).filter(e -> !e.isEmpty()).distinct().sorted().toList();
  }

  /** True when a change at {@code path} (from the resource: {@code Properties.X}, {@code DeletionPolicy}) is excluded. */
  boolean excluded(String path) {
    for (String pattern : excludes) {
      if (under(path, pattern) || under(path, "Properties." + pattern)) {
        return true;
      }
    }
    return false;
  }

  private static boolean under(String path, String pattern) {
    return path.equals(pattern) || path.startsWith(pattern) && (path.charAt(pattern.length()) == '.'
        || path.charAt(pattern.length()) == '[');
  }
}

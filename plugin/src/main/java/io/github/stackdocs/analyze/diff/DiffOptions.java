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
 * @param cascades which changes that follow from a replaced resource are listed
 */
public record DiffOptions(boolean showAssetChanges, List<String> excludes, Cascades cascades) {
  public static final DiffOptions DEFAULT = new DiffOptions(false, List.of());

  public DiffOptions {
    excludes = excludes.stream().map(String::strip).filter(e -> !e.isEmpty()).distinct().sorted().toList();
    cascades = cascades == null ? Cascades.ALL : cascades;
  }

  /** Options that list every cascade. */
  public DiffOptions(boolean showAssetChanges, List<String> excludes) {
    this(showAssetChanges, excludes, Cascades.ALL);
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

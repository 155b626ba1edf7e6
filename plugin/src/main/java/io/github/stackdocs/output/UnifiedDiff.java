package io.github.stackdocs.output;

import java.util.ArrayList;
import java.util.List;

/**
 * A small line-based unified diff for showing why a file is stale. Common prefix and suffix are
 * trimmed; the middle is diffed by longest common subsequence when it is small, else shown as one
 * replaced block. Output is capped at {@code maxLines} lines.
 */
public final class UnifiedDiff {
  private static final int CONTEXT = 2;
  private static final int LCS_LIMIT = 2_000;

  /** The line that ends a diff cut short. */
  public static final String TRUNCATED = "... (diff truncated)";

  private UnifiedDiff() {}

  /**
   * The diff {@link #diff} gives with {@code maxLines}, from the one it gave with a limit at least as large (no diff
   * line but the last can be {@link #TRUNCATED}: the others start with a marker character).
   */
  public static List<String> truncated(List<String> diff, int maxLines) {
    boolean cut = !diff.isEmpty() && diff.get(diff.size() - 1).equals(TRUNCATED);
    List<String> lines = cut ? diff.subList(0, diff.size() - 1) : diff;
    int keep = Math.max(3, maxLines);
    if (!cut && lines.size() <= keep) {
      return diff;
    }
    List<String> out = new ArrayList<>(lines.subList(0, Math.min(keep, lines.size())));
    out.add(TRUNCATED);
    return out;
  }

  /** Lines of a unified diff of {@code before} → {@code after} for file {@code name}, at most {@code maxLines}. */
  public static List<String> diff(String name, String before, String after, int maxLines) {
    List<String> a = lines(before);
    List<String> b = lines(after);
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<String> body = new ArrayList<>();
    int from = Math.max(0, prefix - CONTEXT);
    for (int i = from; i < prefix; i++) {
      body.add(" " + a.get(i));
    }
    List<String> midA = a.subList(prefix, a.size() - suffix);
    List<String> midB = b.subList(prefix, b.size() - suffix);
    if (midA.size() <= LCS_LIMIT && midB.size() <= LCS_LIMIT) {
      body.addAll(lcsDiff(midA, midB));
    } else {
      midA.forEach(l -> body.add("-" + l));
      midB.forEach(l -> body.add("+" + l));
    }
    int to = Math.min(a.size(), a.size() - suffix + CONTEXT);
    for (int i = a.size() - suffix; i < to; i++) {
      body.add(" " + a.get(i));
    }
    List<String> out = new ArrayList<>();
    out.add("--- " + name + " (on disk)");
    out.add("+++ " + name + " (generated)");
    out.add("@@ -" + (from + 1) + "," + (to - from) + " +" + (from + 1) + "," + (to - from - midA.size() + midB.size()) + " @@");
    for (String line : body) {
      if (out.size() >= maxLines) {
        out.add(TRUNCATED);
        break;
      }
      out.add(line);
    }
    return out;
  }

  private static List<String> lcsDiff(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int[][] len = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        len[i][j] = a.get(i).equals(b.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
      }
    }
    List<String> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        out.add(" " + a.get(i));
        i++;
        j++;
      } else if (i < n && (j == m || len[i + 1][j] >= len[i][j + 1])) {
        out.add("-" + a.get(i++));
      } else {
        out.add("+" + b.get(j++));
      }
    }
    return out;
  }

  private static List<String> lines(String s) {
    if (s.isEmpty()) {
      return List.of();
    }
    List<String> result = new ArrayList<>(List.of(s.split("\n", -1)));
    if (result.get(result.size() - 1).isEmpty()) {
      result.remove(result.size() - 1);
    }
    return result;
  }
}

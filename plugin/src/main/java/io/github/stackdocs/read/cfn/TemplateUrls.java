package io.github.stackdocs.read.cfn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Finds the project template a nested stack's URL names. The URL's object key is taken from an {@code https} URL
 * (virtual-hosted {@code https://bucket.s3.region.amazonaws.com/key} or path style
 * {@code https://s3.region.amazonaws.com/bucket/key}; another host: its path), an {@code s3://bucket/key} URL, or,
 * when parts of the URL are not known before deployment ({@code !Sub ${DeploymentBucket}/vpc.template}), from the
 * whole path segments after the last unknown part. The template whose relative path ends with the longest run of
 * the key's trailing segments (at least the file name) is the one; two or more equally long are ambiguous.
 * Stateless.
 */
final class TemplateUrls {
  private static final Pattern SCHEME = Pattern.compile("(?i)^([a-z][a-z0-9+.-]*)://([^/]*)(/.*)?$");
  private static final Pattern PATH_STYLE_HOST =
      Pattern.compile("(?i)^s3([.-][a-z0-9-]+)*\\.amazonaws\\.com(\\.cn)?$");

  private TemplateUrls() {}

  /** The match of a URL: the template found, or the equally good candidates (none when nothing matches). */
  record Match(List<String> candidates) {
    boolean unique() {
      return candidates.size() == 1;
    }
  }

  /** Whether the text (as {@link StaticValues#describe} renders it) is a URL rather than a relative path. */
  static boolean isUrl(String text) {
    return SCHEME.matcher(text.strip()).matches() || text.contains("${");
  }

  /** The key segments the URL names (empty when it names none that can be matched). */
  static List<String> key(String described) {
    String s = described.strip();
    int cut = indexOfAny(s, '?', '#');
    if (cut >= 0) {
      s = s.substring(0, cut);
    }
    List<String> segments;
    int unknown = endOfLastPlaceholder(s);
    if (unknown >= 0) {
      List<String> tail = new ArrayList<>(Arrays.asList(s.substring(unknown).split("/", -1)));
      tail.remove(0); // the rest of the segment that holds the unknown part
      segments = tail;
    } else {
      var m = SCHEME.matcher(s);
      if (!m.matches()) {
        return List.of();
      }
      String scheme = m.group(1).toLowerCase(java.util.Locale.ROOT);
      String path = m.group(3) == null ? "" : m.group(3);
      segments = new ArrayList<>(Arrays.asList(path.split("/", -1)));
      segments.removeIf(String::isEmpty);
      if (scheme.startsWith("http") && PATH_STYLE_HOST.matcher(m.group(2)).matches() && !segments.isEmpty()) {
        segments.remove(0); // the bucket
      }
    }
    segments.removeIf(seg -> seg.isEmpty() || seg.equals("."));
    return segments.contains("..") ? List.of() : List.copyOf(segments);
  }

  /** The candidates (display paths) whose path ends with the longest run of the key's trailing segments. */
  static Match match(List<String> key, List<String> templates) {
    if (key.isEmpty()) {
      return new Match(List.of());
    }
    Map<Integer, List<String>> byScore = new TreeMap<>();
    for (String t : templates) {
      int score = trailing(key, t.split("/"));
      if (score > 0) {
        byScore.computeIfAbsent(score, k -> new ArrayList<>()).add(t);
      }
    }
    return byScore.isEmpty() ? new Match(List.of())
        : new Match(byScore.get(((TreeMap<Integer, List<String>>) byScore).lastKey()).stream().sorted().toList());
  }

  private static int trailing(List<String> key, String[] path) {
    int n = 0;
    while (n < key.size() && n < path.length
        && key.get(key.size() - 1 - n).equals(path[path.length - 1 - n])) {
      n++;
    }
    return n;
  }

  private static int endOfLastPlaceholder(String s) {
    int open = s.lastIndexOf("${");
    if (open < 0) {
      return -1;
    }
    int close = s.indexOf('}', open);
    return close < 0 ? s.length() : close + 1;
  }

  private static int indexOfAny(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    return i < 0 ? j : j < 0 ? i : Math.min(i, j);
  }
}

package io.github.stackdocs.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stack names for templates named after their files. A template's name is its file's base name
 * ({@code services/orders/service.yaml} → {@code service}) when no other selected template has that base name;
 * templates sharing a base name are named by the shortest suffix of their relative path, without the extension,
 * that no other of them shares ({@code orders/service}, {@code website/service}); templates whose paths differ
 * only in the extension (JSON/YAML twins, {@code app.json} and {@code app.yaml}) are named the same way, with the
 * extension kept ({@code app.json}, {@code app.yaml}). The names depend only on the set of paths, never on their
 * order. Stateless.
 */
public final class StackNames {
  private StackNames() {}

  /** Display path ('/' separators, relative to the project folder) → stack name, for every path given. */
  public static Map<String, String> of(List<String> displayPaths) {
    Map<String, List<String>> byBase = new TreeMap<>();
    for (String p : displayPaths) {
      byBase.computeIfAbsent(baseName(p), b -> new ArrayList<>()).add(p);
    }
    Map<String, String> names = new TreeMap<>();
    byBase.forEach((baseName, paths) -> {
      if (paths.size() == 1) {
        names.put(paths.get(0), baseName);
        return;
      }
      String common = commonFolder(paths);
      List<String> stems = paths.stream().map(p -> stem(p).substring(common.length())).distinct().toList();
      Map<String, Long> stemCounts = new HashMap<>();
      paths.forEach(p -> stemCounts.merge(stem(p), 1L, Long::sum));
      for (String p : paths) {
        String name = shortestUniqueSuffix(stem(p).substring(common.length()), stems);
        if (stemCounts.get(stem(p)) > 1) { // twins: the extension tells them apart
          name = name + p.substring(stem(p).length());
        }
        names.put(p, name);
      }
    });
    return names;
  }

  /**
   * The folder all {@code paths} lie in, with its trailing '/' ({@code src/main/cloudformation/}), or "": names are
   * unique below it, so {@code src/main/cloudformation/template.yaml} beside {@code .../orders/template.yaml} is
   * {@code template}, not {@code cloudformation/template}.
   */
  private static String commonFolder(List<String> paths) {
    String common = null;
    for (String p : paths) {
      String folder = p.substring(0, p.lastIndexOf('/') + 1);
      if (common == null) {
        common = folder;
      } else {
        while (!folder.startsWith(common)) {
          common = common.substring(0, common.lastIndexOf('/', common.length() - 2) + 1);
        }
      }
    }
    return common == null ? "" : common;
  }

  /** The shortest run of trailing segments of {@code path} that ends no other of {@code all}. */
  static String shortestUniqueSuffix(String path, List<String> all) {
    String[] segments = path.split("/");
    for (int k = 1; k <= segments.length; k++) {
      String suffix = String.join("/", java.util.Arrays.copyOfRange(segments, segments.length - k, segments.length));
      boolean unique = all.stream().filter(o -> !o.equals(path))
          .noneMatch(o -> o.equals(suffix) || o.endsWith("/" + suffix));
      if (unique) {
        return suffix;
      }
    }
    return path;
  }

  /** {@code a/b/service.yaml} → {@code a/b/service}. */
  public static String stem(String displayPath) {
    int slash = displayPath.lastIndexOf('/');
    int dot = displayPath.lastIndexOf('.');
    return dot > slash + 1 ? displayPath.substring(0, dot) : displayPath;
  }

  private static String baseName(String displayPath) {
    String stem = stem(displayPath);
    return stem.substring(stem.lastIndexOf('/') + 1);
  }
}

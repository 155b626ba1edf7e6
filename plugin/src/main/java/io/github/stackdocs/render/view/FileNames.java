package io.github.stackdocs.render.view;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Owns every name derived from input data that ends up in a path or an anchor: file names keep only
 * {@code [A-Za-z0-9._-]} (never a leading dot, never {@code ..}, {@code --} or {@code __}), anchors only
 * {@code [a-z0-9-]}.
 * Collisions are disambiguated deterministically with {@code -2}, {@code -3}, ... in sorted order.
 */
public final class FileNames {
  private static final int MAX_LENGTH = 100;

  private FileNames() {}

  /** A safe file base name for a stack name (no extension, no folder). */
  public static String sanitize(String name) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < name.length() && sb.length() < MAX_LENGTH; i++) {
      char c = name.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'
          || (c == '.' && sb.length() > 0 && sb.charAt(sb.length() - 1) != '.');
      sb.append(ok ? c : '-');
    }
    // no "--" or "__" (Asciidoctor would make a dash or emphasis of them inside xref targets); no leading
    // or trailing '-' or '.' (no hidden files, no "x." + ".md" holding "..", nothing that reads as an option)
    String result = TRIM.matcher(UNDERSCORES.matcher(DASHES.matcher(sb).replaceAll("-")).replaceAll("_"))
        .replaceAll("");
    if (result.isEmpty()) {
      return "stack";
    }
    // Windows cannot create CON.md, nul.adoc, com1.html ... whatever the extension
    String stem = result.contains(".") ? result.substring(0, result.indexOf('.')) : result;
    return WINDOWS_RESERVED.matcher(stem).matches() ? stem + "_" + result.substring(stem.length()) : result;
  }

  private static final java.util.regex.Pattern DASHES = java.util.regex.Pattern.compile("-{2,}");
  private static final java.util.regex.Pattern UNDERSCORES = java.util.regex.Pattern.compile("_{2,}");
  private static final java.util.regex.Pattern TRIM = java.util.regex.Pattern.compile("^[-.]+|[-.]+$");
  private static final java.util.regex.Pattern WINDOWS_RESERVED =
      java.util.regex.Pattern.compile("(?i)CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]");

  /**
   * Stack name → unique file base name, for every name (sorted first, so the result does not depend on
   * the order given). Uniqueness is case-insensitive, for case-insensitive file systems.
   */
  public static Map<String, String> uniqueFileNames(Collection<String> names) {
    Map<String, String> result = new LinkedHashMap<>();
    Set<String> taken = new HashSet<>();
    for (String name : new TreeSet<>(names)) {
      String base = sanitize(name);
      String candidate = base;
      for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
        candidate = base + "-" + n;
      }
      result.put(name, candidate);
    }
    return result;
  }

  /** An anchor slug: lower case, {@code [a-z0-9-]}, runs of other characters as one {@code -}, never empty. */
  public static String slug(String text) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < text.length() && sb.length() < MAX_LENGTH; i++) {
      char c = Character.toLowerCase(text.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        sb.append(c);
      } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
        sb.append('-');
      }
    }
    while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
      sb.setLength(sb.length() - 1);
    }
    return sb.length() == 0 ? "x" : sb.toString();
  }

  /** Hands out unique anchors on one page; ask in a deterministic order. */
  public static final class Anchors {
    private final Set<String> taken = new HashSet<>();

    public Anchors(String... reserved) {
      taken.addAll(Set.of(reserved));
    }

    /** {@code prefix-slug(text)}, made unique on this page. */
    public String next(String prefix, String text) {
      String base = prefix + "-" + slug(text);
      String candidate = base;
      for (int n = 2; !taken.add(candidate); n++) {
        candidate = base + "-" + n;
      }
      return candidate;
    }
  }
}

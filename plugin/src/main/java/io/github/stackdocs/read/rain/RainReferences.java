package io.github.stackdocs.read.rain;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files a template's Rain directives name, found by scanning its text without parsing it: what an incremental
 * build must hash besides the template, and which templates of the project are module files.
 */
public final class RainReferences {
  private static final Pattern DIRECTIVE = Pattern.compile(
      "Rain::(Module|Embed|Include|S3Http|S3)[\"']?\\s*:?\\s*[\"']?([^\\s\"'{}\\[\\],]+)");

  /** A top-level {@code Modules} section, YAML or JSON. */
  private static final Pattern MODULES_SECTION =
      Pattern.compile("(?m)^(Modules|[ \\t]*\\{?[ \\t]*\"Modules\")[ \\t]*:");
  /** A module's template file ({@code Source: x.yaml}) in the {@code Modules} section. */
  private static final Pattern SOURCE = Pattern.compile(
      "[\"']?Source[\"']?[ \\t]*:[ \\t]*[\"']?([^\\s\"'{}\\[\\],#]+\\.(?i:ya?ml|json|template))"
      + "[\"']?[ \\t]*[,}\\r\\n]");

  private RainReferences() {}

  /** Whether the text uses Rain directives or a Modules section at all (a cheap test before anything else). */
  public static boolean uses(byte[] text) {
    String s = new String(text, StandardCharsets.UTF_8);
    return s.contains("Rain::") || MODULES_SECTION.matcher(s).find();
  }

  /** The project-relative files {@code from}'s text names as modules. */
  public static Set<String> modules(String from, byte[] text) {
    return named(from, text, true);
  }

  /**
   * Every file the directives of {@code from} name, and those named by the modules and includes it reads, at most
   * {@link RainExpander#MAX_DEPTH} levels down; {@code read} gives a file's bytes (empty when missing).
   */
  public static Set<String> closure(String from, byte[] text, Function<String, Optional<byte[]>> read) {
    Set<String> all = new TreeSet<>();
    ArrayDeque<String[]> queue = new ArrayDeque<>();
    named(from, text, false).forEach(f -> queue.add(new String[] {f, "1"}));
    while (!queue.isEmpty()) {
      String[] next = queue.poll();
      if (!all.add(next[0]) || Integer.parseInt(next[1]) >= RainExpander.MAX_DEPTH
          || !next[0].matches("(?i).*\\.(ya?ml|json|template)$")) {
        continue;
      }
      int depth = Integer.parseInt(next[1]);
      read.apply(next[0]).ifPresent(b -> named(next[0], b, false)
          .forEach(f -> queue.add(new String[] {f, String.valueOf(depth + 1)})));
    }
    return all;
  }

  private static Set<String> named(String from, byte[] bytes, boolean modulesOnly) {
    Set<String> out = new TreeSet<>();
    String text = new String(bytes, StandardCharsets.UTF_8);
    Matcher section = MODULES_SECTION.matcher(text);
    if (section.find()) { // a Source after the section starts names a module file (a guess: the text is not parsed)
      Matcher source = SOURCE.matcher(text);
      source.region(section.start(), text.length());
      while (source.find()) {
        RainFiles.resolve(from, source.group(1)).ifPresent(out::add);
      }
    }
    if (!text.contains("Rain::")) {
      return out;
    }
    Matcher m = DIRECTIVE.matcher(text);
    while (m.find()) {
      if (!modulesOnly || m.group(1).equals("Module")) {
        RainFiles.resolve(from, m.group(2)).ifPresent(out::add);
      }
    }
    return out;
  }
}

package io.github.stackdocs.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generated regions inside human-edited text. A region is delimited by two AsciiDoc comment lines:
 *
 * <pre>
 * // stackdocs:begin &lt;id&gt; [any note]
 * ...generated lines...
 * // stackdocs:end &lt;id&gt;
 * </pre>
 *
 * <p>{@code <id>} is {@code [a-z0-9][a-z0-9-]*}; the marker may be indented and the begin line may carry a
 * note after the id. Any line whose first non-blank characters are {@code //} followed by {@code stackdocs:}
 * is a marker, so a misspelled one ({@code // stackdocs:start x}, {@code // stackdocs:end} without id) is an
 * error rather than silently plain text. Regions do not nest and an id appears at most once per file.
 *
 * <p>Markdown (and other HTML-commentable text) uses {@link Syntax#HTML_COMMENT} lines instead, with the same rules:
 * {@code <!-- stackdocs:begin <id> [any note] -->} and {@code <!-- stackdocs:end <id> -->}.
 *
 * <p>Parsing keeps every byte (line ends included): {@link Parsed#text()} gives the input back exactly,
 * so a merge changes nothing outside the regions it replaces.
 */
public final class MarkerRegions {
  /** The region id of the banner that marks a file whose subject is gone. */
  public static final String ORPHANED = "orphaned";

  /** How marker lines are written: as AsciiDoc line comments or as HTML comments (Markdown). */
  public enum Syntax {
    /** {@code // stackdocs:begin <id>}: AsciiDoc. */
    LINE_COMMENT("//", Pattern.compile("^\\s*//\\s*stackdocs:.*$"),
        Pattern.compile("^\\s*// stackdocs:begin ([a-z0-9][a-z0-9-]*)(\\s.*)?$"),
        Pattern.compile("^\\s*// stackdocs:end ([a-z0-9][a-z0-9-]*)\\s*$")),
    /** {@code <!-- stackdocs:begin <id> -->}: Markdown. */
    HTML_COMMENT("<!--", Pattern.compile("^\\s*<!--\\s*stackdocs:.*$"),
        Pattern.compile("^\\s*<!-- stackdocs:begin ([a-z0-9][a-z0-9-]*)(\\s(?:(?!-->).)*)?-->\\s*$"),
        Pattern.compile("^\\s*<!-- stackdocs:end ([a-z0-9][a-z0-9-]*)\\s*-->\\s*$"));

    private final String opener;
    private final Pattern markerLike;
    private final Pattern begin;
    private final Pattern end;

    Syntax(String opener, Pattern markerLike, Pattern begin, Pattern end) {
      this.opener = opener;
      this.markerLike = markerLike;
      this.begin = begin;
      this.end = end;
    }

    /** The begin marker line of {@code id}, without line end. */
    public String begin(String id) {
      return this == LINE_COMMENT ? "// stackdocs:begin " + id : "<!-- stackdocs:begin " + id + " -->";
    }

    /** The end marker line of {@code id}, without line end. */
    public String end(String id) {
      return this == LINE_COMMENT ? "// stackdocs:end " + id : "<!-- stackdocs:end " + id + " -->";
    }
  }

  private MarkerRegions() {}

  /** A part of a file: plain text or a region. */
  public sealed interface Part permits Text, Region {
    String text();
  }

  /** Text outside every region, byte for byte. */
  public record Text(String text) implements Part {}

  /** A region: its begin line, body and end line, each with its line end. */
  public record Region(String id, String begin, String body, String end, int line) implements Part {
    @Override
    public String text() {
      return begin + body + end;
    }
  }

  /** A parsed file; regions by id in file order. */
  public record Parsed(List<Part> parts) {
    public Parsed {
      parts = List.copyOf(parts);
    }

    public String text() {
      StringBuilder sb = new StringBuilder();
      parts.forEach(p -> sb.append(p.text()));
      return sb.toString();
    }

    public Map<String, Region> regions() {
      Map<String, Region> m = new LinkedHashMap<>();
      parts.forEach(p -> {
        if (p instanceof Region r) {
          m.put(r.id(), r);
        }
      });
      return m;
    }

    public Optional<Region> region(String id) {
      return Optional.ofNullable(regions().get(id));
    }
  }

  /**
   * Splits {@code text} into plain text and regions.
   *
   * @param file names the file in error messages
   * @throws MarkerException on an unclosed, duplicated, nested, stray or malformed marker
   */
  public static Parsed parse(String text, String file) {
    return parse(text, file, Syntax.LINE_COMMENT);
  }

  /** As {@link #parse(String, String)}, with markers written in {@code syntax}. */
  public static Parsed parse(String text, String file, Syntax syntax) {
    List<Part> parts = new ArrayList<>();
    StringBuilder plain = new StringBuilder();
    StringBuilder body = null;
    String openId = null;
    String openLine = null;
    int openAt = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    int lineNo = 0;
    for (String line : lines(text)) {
      lineNo++;
      if (!startsWithComment(line, syntax.opener)) { // most lines: no substring, no regular expression
        (body == null ? plain : body).append(line);
        continue;
      }
      String bare = line.endsWith("\r\n") ? line.substring(0, line.length() - 2)
          : line.endsWith("\n") ? line.substring(0, line.length() - 1) : line;
      if (!syntax.markerLike.matcher(bare).matches()) {
        (body == null ? plain : body).append(line);
        continue;
      }
      Matcher begin = syntax.begin.matcher(bare);
      Matcher end = syntax.end.matcher(bare);
      if (begin.matches()) {
        String id = begin.group(1);
        if (openId != null) {
          throw new MarkerException(file, lineNo, "region '" + id + "' begins inside region '" + openId
              + "' (opened on line " + openAt + "); regions cannot nest, close '" + openId + "' first");
        }
        if (!seen.add(id)) {
          throw new MarkerException(file, lineNo, "region '" + id + "' appears twice; remove one of them");
        }
        if (plain.length() > 0) {
          parts.add(new Text(plain.toString()));
          plain.setLength(0);
        }
        openId = id;
        openLine = line;
        openAt = lineNo;
        body = new StringBuilder();
      } else if (end.matches()) {
        String id = end.group(1);
        if (openId == null) {
          throw new MarkerException(file, lineNo, "'stackdocs:end " + id + "' without a matching '" + syntax.begin(id) + "'; restore the begin marker or delete this line");
        }
        if (!id.equals(openId)) {
          throw new MarkerException(file, lineNo, "'stackdocs:end " + id + "' closes region '" + openId
              + "' (opened on line " + openAt + "); expected '" + syntax.end(openId) + "'");
        }
        parts.add(new Region(id, openLine, body.toString(), line, openAt));
        openId = null;
        body = null;
      } else {
        throw new MarkerException(file, lineNo, "malformed stackdocs marker '" + bare.strip()
            + "'; expected '" + syntax.begin("<id>") + "' or '" + syntax.end("<id>")
            + "' (id: lower-case letters, digits, '-')");
      }
    }
    if (openId != null) {
      throw new MarkerException(file, openAt, "region '" + openId + "' is never closed; add '" + syntax.end(openId)
          + "' after its generated lines");
    }
    if (plain.length() > 0) {
      parts.add(new Text(plain.toString()));
    }
    return new Parsed(parts);
  }

  /** The result of a merge: the new text and the generated regions the existing file does not have. */
  public record Merge(String text, List<String> absentRegions) {}

  /**
   * Replaces the body of every region of {@code existing} that {@code generated} also has; keeps text
   * outside regions and regions {@code generated} does not know byte for byte; drops an {@link #ORPHANED}
   * banner (the subject is back). Regions of {@code generated} that {@code existing} lacks are not added
   * (someone removed them); they are returned so the caller can warn.
   */
  public static Merge merge(Parsed existing, Parsed generated) {
    Map<String, Region> fresh = generated.regions();
    StringBuilder sb = new StringBuilder();
    for (Part p : existing.parts()) {
      if (p instanceof Region r) {
        if (fresh.containsKey(r.id())) {
          sb.append(r.begin()).append(lineEnds(fresh.get(r.id()).body(), r.begin())).append(r.end());
        } else if (!r.id().equals(ORPHANED)) {
          sb.append(r.text());
        }
      } else {
        sb.append(p.text());
      }
    }
    Map<String, Region> have = existing.regions();
    List<String> absent = fresh.keySet().stream().filter(id -> !have.containsKey(id)).toList();
    return new Merge(sb.toString(), absent);
  }

  /**
   * Adds (or refreshes) the {@link #ORPHANED} banner region with {@code body}: after the document header
   * (the first blank line after a {@code = Title} line), else at the top. Nothing else changes.
   */
  public static String markOrphaned(Parsed existing, String body) {
    Optional<Region> banner = existing.region(ORPHANED);
    if (banner.isPresent()) {
      StringBuilder sb = new StringBuilder();
      for (Part p : existing.parts()) {
        sb.append(p instanceof Region r && r.id().equals(ORPHANED)
            ? r.begin() + lineEnds(body, r.begin()) + r.end() : p.text());
      }
      return sb.toString();
    }
    String text = existing.text();
    String eol = text.contains("\r\n") ? "\r\n" : "\n";
    String region = "// stackdocs:begin " + ORPHANED + eol + lineEnds(body, eol) + "// stackdocs:end " + ORPHANED + eol;
    int at = insertionPoint(existing);
    return text.substring(0, at) + region + text.substring(at);
  }

  private static int insertionPoint(Parsed existing) {
    if (existing.parts().isEmpty() || !(existing.parts().get(0) instanceof Text head)) {
      return 0;
    }
    int offset = 0;
    boolean titled = false;
    for (String line : lines(head.text())) {
      String bare = line.strip();
      if (!titled) {
        if (bare.startsWith("= ")) {
          titled = true;
        } else if (!bare.isEmpty() && !bare.startsWith("//") && !bare.startsWith(":")) {
          return 0;
        }
      } else if (bare.isEmpty()) {
        return offset + line.length();
      }
      offset += line.length();
    }
    return titled && existing.parts().size() == 1 ? offset : 0;
  }

  /** {@code body} ({@code \n} line ends) with the line ends of {@code like} ({@code \r\n} or {@code \n}). */
  private static String lineEnds(String body, String like) {
    return like.endsWith("\r\n") ? body.replace("\r\n", "\n").replace("\n", "\r\n") : body;
  }

  /** True when the line is {@code opener} after blanks ({@code \\s}): what a marker needs to match. */
  private static boolean startsWithComment(String line, String opener) {
    int i = 0;
    while (i < line.length() && " \t\n\u000B\f\r".indexOf(line.charAt(i)) >= 0) {
      i++;
    }
    return line.startsWith(opener, i);
  }

  /** The lines of {@code text}, each with its line end (the last may have none). */
  static List<String> lines(String text) {
    List<String> result = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        result.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      result.add(text.substring(start));
    }
    return result;
  }
}

package io.github.stackdocs.read.cfn;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.read.JsonLimits;
import java.util.Locale;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns parser exceptions into one short, human message and a position; no Java noise. */
final class SyntaxErrors {
  private SyntaxErrors() {}

  /** A problem found: code, message, where. */
  record Syntax(String code, String message, SourceLocation location) {}

  /**
   * @param where the parser's position when it failed, for exceptions that carry none (Jackson's stream limits)
   */
  static Syntax describe(Exception e, TemplateFormat format, String file, SourceLocation where) {
    String syntaxCode = format == TemplateFormat.JSON ? "json-syntax" : "yaml-syntax";
    if (JsonLimits.isLimit(e)) {
      return limit(e, where);
    }
    MarkedYAMLException marked = findMarked(e);
    if (marked != null) {
      return new Syntax(syntaxCode, yamlMessage(marked), markLocation(marked, file));
    }
    String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    SourceLocation location = SourceLocation.of(file);
    if (e instanceof JsonProcessingException j && j.getLocation() != null) {
      JsonLocation l = j.getLocation();
      location = new SourceLocation(file, Math.max(l.getLineNr(), 0), Math.max(l.getColumnNr(), 0));
    }
    String cleaned = clean(message);
    if (cleaned.toLowerCase(Locale.ROOT).contains("code points")) {
      return new Syntax("too-large", "template is larger than the limit of "
          + ParserFactories.MAX_CODE_POINTS + " characters", location);
    }
    return new Syntax(syntaxCode, cleaned.isEmpty() ? "invalid " + format.id().toUpperCase(Locale.ROOT) : cleaned,
        location);
  }

  private static Syntax limit(Exception e, SourceLocation where) {
    SourceLocation location = where;
    if (e instanceof JsonProcessingException j && j.getLocation() != null && j.getLocation().getLineNr() > 0) {
      location = new SourceLocation(where.file(), j.getLocation().getLineNr(), Math.max(j.getLocation().getColumnNr(), 0));
    }
    String message = JsonLimits.limitMessage(e);
    return new Syntax(message.startsWith("nesting") ? "nesting-too-deep" : "too-large", message, location);
  }

  private static MarkedYAMLException findMarked(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof MarkedYAMLException m) {
        return m;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  /** "could not find expected ':' (while scanning a simple key)". */
  private static String yamlMessage(MarkedYAMLException m) {
    String problem = clean(m.getProblem());
    String context = clean(m.getContext());
    if (problem.isEmpty()) {
      return context.isEmpty() ? "invalid YAML" : context;
    }
    return context.isEmpty() ? problem : problem + " (" + context + contextLine(m) + ")";
  }

  private static String contextLine(MarkedYAMLException m) {
    Mark c = m.getContextMark();
    Mark p = m.getProblemMark();
    return c != null && p != null && c.getLine() != p.getLine() ? " started at line " + (c.getLine() + 1) : "";
  }

  private static SourceLocation markLocation(MarkedYAMLException m, String file) {
    Mark mark = m.getProblemMark() != null ? m.getProblemMark() : m.getContextMark();
    return mark == null ? SourceLocation.of(file) : new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  private static final java.util.regex.Pattern FIELD_NAME = java.util.regex.Pattern.compile(
      "Expected a field name \\(Scalar value in YAML\\), got this instead: <[\\w.]*\\.(\\w+?)Event\\b[^>]*>");
  /** Any other parser object Jackson prints: {@code <org.yaml.snakeyaml.events.X(...)>}. */
  private static final java.util.regex.Pattern PARSER_OBJECT =
      java.util.regex.Pattern.compile("\\s*<?\\b(org|com|java)\\.[\\w.$]+(\\([^)]*\\))?>?");

  /** First line only, without Jackson's source excerpts and trailing punctuation. */
  static String clean(String message) {
    if (message == null) {
      return "";
    }
    String s = message.strip();
    int nl = s.indexOf('\n');
    if (nl >= 0) {
      s = s.substring(0, nl);
    }
    int source = s.indexOf(" at [Source:");
    if (source >= 0) {
      s = s.substring(0, source);
    }
    s = s.replaceAll("\\s*\\(for Object starting at[^)]*\\)", "");
    // a YAML key that is not a scalar ("? [a]: b", "*alias: b"): Jackson names the parser's event class
    s = FIELD_NAME.matcher(s).replaceAll(m -> "a mapping key must be a plain string, found " + switch (m.group(1)) {
      case "MappingStart" -> "a mapping";
      case "SequenceStart" -> "a list";
      case "Alias" -> "an alias";
      default -> "something else";
    });
    s = PARSER_OBJECT.matcher(s).replaceAll("");
    // Jackson quotes the whole offending token, which may be a secret (an unquoted NoEcho default):
    // say what was wrong, not what the token was.
    s = s.replaceAll("Unrecognized token '[^']*'", "Unrecognized token (an unquoted string?)");
    s = s.replaceAll("\\s*\\(code \\d+\\)", "").replaceAll("\\s+", " ").strip();
    while (s.endsWith(":") || s.endsWith(".")) {
      s = s.substring(0, s.length() - 1).strip();
    }
    return s;
  }
}

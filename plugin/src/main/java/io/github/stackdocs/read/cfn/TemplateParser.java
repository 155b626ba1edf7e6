package io.github.stackdocs.read.cfn;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.SourceLocation;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import io.github.stackdocs.read.InputLimits;
import java.util.Optional;

/**
 * Template bytes → the top-level mapping as a {@link Node} tree; every problem becomes a finding. A document shaped
 * like a parameter file is recognised, not reported as a broken template.
 */
final class TemplateParser {
  private TemplateParser() {}

  /** Parses {@code bytes} of at most the largest input file ({@link ParserFactories#MAX_CODE_POINTS}). */
  static ParsedTemplate parse(String fileName, byte[] bytes, Problems problems) {
    return parse(fileName, bytes, problems, ParserFactories.MAX_CODE_POINTS);
  }

  /** Parses {@code bytes}; a template over {@code maxBytes} is refused unread, at the position of the limit. */
  static ParsedTemplate parse(String fileName, byte[] bytes, Problems problems, int maxBytes) {
    TemplateFormat format = TemplateFormat.detect(fileName, "");
    if (bytes.length > maxBytes) {
      problems.error("too-large", "template has " + InputLimits.format(bytes.length) + " bytes, more than the limit"
          + " of " + InputLimits.format(maxBytes) + " (templateBytes; CloudFormation takes at most 1,048,576 from S3,"
          + " 51,200 inline), which it passes here; the template is not read: "
          + InputLimits.howToRaise("templateBytes", bytes.length), lineOf(bytes, maxBytes, problems));
      return new ParsedTemplate(Optional.empty(), format, Optional.empty());
    }
    Optional<String> text = text(bytes, problems, Expected.TEMPLATE);
    if (text.isEmpty()) {
      return new ParsedTemplate(Optional.empty(), format, Optional.empty());
    }
    format = TemplateFormat.detect(fileName, text.get());
    Optional<Node> root = parseText(text.get(), format, problems, Expected.TEMPLATE);
    if (root.isEmpty()) {
      return new ParsedTemplate(Optional.empty(), format, Optional.empty());
    }
    Optional<ParameterFileShape> shape = ParameterFileShape.recognise(root.get());
    if (shape.isPresent()) {
      return new ParsedTemplate(Optional.empty(), format, shape);
    }
    if (root.get() instanceof MapNode map) {
      return new ParsedTemplate(Optional.of(map), format, Optional.empty());
    }
    problems.error("not-a-mapping", "the top level of a template must be a mapping of sections "
        + "(AWSTemplateFormatVersion, Resources, ...), found " + NodeKinds.describe(root.get()),
        root.get().location());
    return new ParsedTemplate(Optional.empty(), format, Optional.empty());
  }

  /** What a file is expected to hold, for the words of the findings about an empty or unreadable one. */
  record Expected(String noun, String emptyCode, String emptyMessage) {
    static final Expected TEMPLATE = new Expected("template", "empty-template",
        "empty template; expected a mapping with a Resources section");
    static final Expected RAIN_FILE = new Expected("file", "empty-rain-file",
        "empty file; a Rain module or include is expected to hold YAML or JSON");
  }

  /**
   * Any JSON or YAML document (a mapping, a list or a scalar) with the template reader's limits, locations and
   * duplicate-key rule; empty, with findings, when it cannot be read.
   */
  static Optional<Node> parseDocument(String fileName, byte[] bytes, Problems problems, Expected expected) {
    Optional<String> text = text(bytes, problems, expected);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return parseText(text.get(), TemplateFormat.detect(fileName, text.get()), problems, expected);
  }

  /** The bytes as text: refused when too large, binary, not UTF-8 or blank. */
  private static Optional<String> text(byte[] bytes, Problems problems, Expected expected) {
    SourceLocation file = problems.fileLocation();
    if (bytes.length > ParserFactories.MAX_CODE_POINTS) {
      problems.error("too-large", expected.noun() + " is larger than the limit of " + ParserFactories.MAX_CODE_POINTS
          + " bytes", file);
      return Optional.empty();
    }
    if (looksBinary(bytes)) {
      problems.error("not-text", "file is binary, not a JSON or YAML " + expected.noun(), file);
      return Optional.empty();
    }
    Optional<String> text = decode(bytes, problems, expected);
    if (text.isPresent() && text.get().isBlank()) {
      problems.error(expected.emptyCode(), expected.emptyMessage(), file);
      return Optional.empty();
    }
    return text;
  }

  private static Optional<Node> parseText(String text, TemplateFormat format, Problems problems, Expected expected) {
    try (JsonParser parser = ParserFactories.create(format, text)) {
      NodeReader reader = new NodeReader(parser, problems);
      try {
        return parseRoot(parser, reader, format, problems, expected);
      } catch (LimitExceeded e) {
        problems.error(e.code(), e.getMessage(), e.location());
      } catch (IOException | RuntimeException e) {
        if (!isParserProblem(e)) {
          throw e;
        }
        // a limit of the parser itself (nesting, string length) carries no position: the parser's is used
        SyntaxErrors.Syntax s = SyntaxErrors.describe(e, format, problems.file(), reader.location());
        problems.error(s.code(), s.message(), s.location());
      }
    } catch (IOException e) { // creating or closing a parser over a string
      SyntaxErrors.Syntax s = SyntaxErrors.describe(e, format, problems.file(), problems.fileLocation());
      problems.error(s.code(), s.message(), s.location());
    }
    return Optional.empty();
  }

  private static Optional<Node> parseRoot(JsonParser parser, NodeReader reader, TemplateFormat format,
      Problems problems, Expected expected) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      problems.error(expected.emptyCode(), expected.emptyMessage(), problems.fileLocation());
      return Optional.empty();
    }
    Node root = reader.readValue();
    checkRest(parser, format, reader, problems);
    if (root instanceof Node.ScalarNode s && s.text().isEmpty()) {
      problems.error(expected.emptyCode(), expected.emptyMessage(), problems.fileLocation());
      return Optional.empty();
    }
    return Optional.of(root);
  }

  private static boolean isParserProblem(Exception e) {
    return e instanceof IOException || e.getClass().getName().startsWith("org.yaml.snakeyaml");
  }

  /** YAML: further documents are ignored (WARN). JSON: anything after the top-level value is an error. */
  private static void checkRest(JsonParser parser, TemplateFormat format, NodeReader reader, Problems problems)
      throws IOException {
    if (format == TemplateFormat.JSON) {
      if (parser.nextToken() != null) {
        problems.error("json-syntax", "unexpected content after the end of the top-level object",
            reader.location());
      }
      return;
    }
    try {
      if (parser.nextToken() != null) {
        problems.warn("multi-document", "the file holds more than one YAML document; only the first is read",
            reader.location());
      }
    } catch (IOException | RuntimeException e) {
      problems.warn("multi-document", "the file holds more than one YAML document; only the first is read",
          problems.fileLocation());
    }
  }

  /** NUL bytes do not occur in UTF-8 text templates. */
  private static boolean looksBinary(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> decode(byte[] bytes, Problems problems, Expected expected) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int offset = in.position();
      problems.error("not-utf8", "file is not UTF-8 text (invalid byte 0x"
          + String.format(java.util.Locale.ROOT, "%02X", bytes[Math.min(offset, bytes.length - 1)] & 0xFF)
          + " at byte offset " + offset + "); save the " + expected.noun() + " as UTF-8", lineOf(bytes, offset, problems));
      return Optional.empty();
    }
    out.flip();
    String text = out.toString();
    return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  /** The line and column (in characters) of byte {@code offset}. */
  private static SourceLocation lineOf(byte[] bytes, int offset, Problems problems) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        column = 1;
      } else if ((bytes[i] & 0xC0) != 0x80) { // not a UTF-8 continuation byte: a new character
        column++;
      }
    }
    return new SourceLocation(problems.file(), line, column);
  }
}

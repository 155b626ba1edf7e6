package io.github.stackdocs.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Typed fields of a JSON object read from a file: a field of the wrong type (or a date that does not parse) is an
 * ERROR (or the severity given) with the file, the JSON path, line and column, and reads as absent, so the rest of the object is kept.
 */
public final class JsonFields {
  private final String code;
  private final Severity severity;
  private final JsonPositions positions;
  private final String stack;
  private final List<Finding> findings;

  /**
   * @param code the findings' code ({@code deployed-shape}...)
   * @param positions where the file's values are
   * @param stack the stack the findings are about, or ""
   */
  public JsonFields(String code, JsonPositions positions, String stack, List<Finding> findings) {
    this(code, Severity.ERROR, positions, stack, findings);
  }

  /** With findings of {@code severity} (a WARN for a file the docs can do without). */
  public JsonFields(String code, Severity severity, JsonPositions positions, String stack, List<Finding> findings) {
    this.code = code;
    this.severity = severity;
    this.positions = positions;
    this.stack = stack;
    this.findings = findings;
  }

  /** A string, number or boolean as text; "" when absent or null, or (with a finding) an object or array. */
  public String text(JsonNode obj, String pointer, String field) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return "";
    }
    if (v.isContainerNode()) {
      wrong(pointer + "/" + field, field + " is " + kind(v), "a string");
      return "";
    }
    return v.asText();
  }

  /** A string; "" when absent or null, or (with a finding) of another type. */
  public String string(JsonNode obj, String pointer, String field) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return "";
    }
    if (!v.isTextual()) {
      wrong(pointer + "/" + field, field + " is " + kind(v), "a string");
      return "";
    }
    return v.asText();
  }

  /** An array's items; none when absent or null, or (with a finding) of another type. */
  public Iterable<JsonNode> array(JsonNode obj, String pointer, String field) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      wrong(pointer + "/" + field, field + " is " + kind(v), "an array");
      return List.of();
    }
    return v;
  }

  /** An object; a missing node when absent or null, or (with a finding) of another type. */
  public JsonNode object(JsonNode obj, String pointer, String field) {
    JsonNode v = obj.get(field);
    if (v == null || v.isNull()) {
      return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
    if (!v.isObject()) {
      wrong(pointer + "/" + field, field + " is " + kind(v), "an object");
      return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }
    return v;
  }

  /** An ISO-8601 date and time, as the AWS CLI writes it; "" when absent, or (with a finding) not one. */
  public String date(JsonNode obj, String pointer, String field) {
    JsonNode v = obj.get(field);
    String text = text(obj, pointer, field);
    if (text.isEmpty()) {
      return text;
    }
    if (!v.isTextual() || !isDate(text)) {
      wrong(pointer + "/" + field, field + " is " + (v.isTextual() ? "'" + clip(text) + "'" : kind(v)),
          "a date and time such as 2026-03-02T09:14:33.870000+00:00");
      return "";
    }
    return text;
  }

  /** An ERROR about the value at {@code pointer}: "{@code found} at JSON path ...; expected {@code expected}". */
  public void wrong(String pointer, String found, String expected) {
    error(pointer, found + " at JSON path " + pointer + "; expected " + expected);
  }

  /** An ERROR about the value at {@code pointer} (where it is, else where its nearest enclosing value is). */
  public void error(String pointer, String message) {
    findings.add(new Finding(severity, code, message, positions.at(pointer), stack));
  }

  /** The JSON pointer of {@code key} under {@code pointer}: '~' and '/' in the key escaped as RFC 6901 says. */
  public static String pointer(String pointer, String key) {
    return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  static boolean isDate(String text) {
    try {
      OffsetDateTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      try {
        LocalDateTime.parse(text);
        return true;
      } catch (DateTimeParseException e2) {
        return false;
      }
    }
  }

  /** "an object", "an array", "a number"... */
  public static String kind(JsonNode v) {
    if (v.isObject()) {
      return "an object";
    }
    if (v.isArray()) {
      return "an array";
    }
    if (v.isNumber()) {
      return "a number";
    }
    if (v.isBoolean()) {
      return "a boolean";
    }
    return v.isNull() ? "null" : "a string";
  }

  private static String clip(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }
}

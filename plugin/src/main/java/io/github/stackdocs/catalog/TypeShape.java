package io.github.stackdocs.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * The structure of a property's type, parsed from its readable text ({@link PropertyInfo#type()}):
 * {@code String}, {@code List<Code>}, {@code Map<String, Integer>}, a nested type name, or alternatives.
 */
public sealed interface TypeShape {

  /** {@code String}, {@code Integer}, {@code Number}, {@code Boolean}, {@code Timestamp}, {@code Json} or {@code Tag}. */
  record Primitive(String name) implements TypeShape {}

  /** A nested property type of the resource type, by name. */
  record Named(String name) implements TypeShape {}

  record ListOf(TypeShape element) implements TypeShape {}

  /** A mapping from free-form keys to values of {@code element}. */
  record MapOf(TypeShape element) implements TypeShape {}

  /** Any of several types ({@code String | List<String>}). */
  record Union(List<TypeShape> alternatives) implements TypeShape {
    public Union {
      alternatives = List.copyOf(alternatives);
    }
  }

  /** Text this parser does not understand (an empty type, a newer notation): nothing to check against. */
  record Unknown(String text) implements TypeShape {}

  List<String> PRIMITIVES = List.of("String", "Integer", "Number", "Boolean", "Timestamp", "Json", "Tag");

  /** Parses type text; never throws (text it does not understand is {@link Unknown}). */
  static TypeShape parse(String text) {
    String t = text == null ? "" : text.trim();
    List<String> parts = splitTopLevel(t);
    if (parts == null) {
      return new Unknown(t);
    }
    if (parts.size() > 1) {
      List<TypeShape> alternatives = new ArrayList<>();
      for (String p : parts) {
        alternatives.add(parse(p));
      }
      return new Union(alternatives);
    }
    if (t.startsWith("List<") && t.endsWith(">")) {
      return new ListOf(parse(t.substring(5, t.length() - 1)));
    }
    if (t.startsWith("Map<String, ") && t.endsWith(">")) {
      return new MapOf(parse(t.substring(12, t.length() - 1)));
    }
    if (PRIMITIVES.contains(t)) {
      return new Primitive(t);
    }
    if (!t.isEmpty() && t.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')) {
      return new Named(t);
    }
    return new Unknown(t);
  }

  /** {@code a | List<b | c>} → {@code [a, List<b | c>]}; null when the angle brackets do not balance. */
  private static List<String> splitTopLevel(String t) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        if (--depth < 0) {
          return null;
        }
      } else if (c == '|' && depth == 0) {
        parts.add(t.substring(start, i).trim());
        start = i + 1;
      }
    }
    if (depth != 0) {
      return null;
    }
    parts.add(t.substring(start).trim());
    return parts;
  }
}

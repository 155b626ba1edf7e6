package io.github.stackdocs.render;

import java.util.Locale;

/** An output format users can ask for. */
public enum Format {
  ADOC("adoc"),
  MD("md"),
  HTML("html"),
  JSON("json"),
  /** An Antora component (AsciiDoc pages, navigation, descriptor) under {@code antora/}. */
  ANTORA("adoc");

  private final String extension;

  Format(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /** Parses {@code adoc}, {@code asciidoc}, {@code md}, {@code markdown}, {@code html}, {@code json}, {@code antora} (any case). */
  public static Format parse(String s) {
    String v = s.trim().toLowerCase(Locale.ROOT);
    return switch (v) {
      case "adoc", "asciidoc" -> ADOC;
      case "md", "markdown" -> MD;
      case "html" -> HTML;
      case "json" -> JSON;
      case "antora" -> ANTORA;
      default -> throw new IllegalArgumentException(
          "unknown format '" + s + "'; expected one of adoc, md, html, json, antora");
    };
  }
}

package io.github.stackdocs.read.cfn;

import java.util.Locale;

/** The two template syntaxes, and how to tell them apart. */
enum TemplateFormat {
  JSON,
  YAML;

  /** {@code json} or {@code yaml}, as {@code Stack.format} records it. */
  String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * By extension: {@code .json} is JSON, {@code .yaml/.yml} YAML; anything else ({@code .template}, none) is
   * sniffed: a first non-blank character {@code {} means JSON, otherwise YAML.
   */
  static TemplateFormat detect(String fileName, String text) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      return JSON;
    }
    if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return YAML;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '{' ? JSON : YAML;
      }
    }
    return YAML;
  }
}

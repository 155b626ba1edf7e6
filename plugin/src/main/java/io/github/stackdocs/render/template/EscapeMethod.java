package io.github.stackdocs.render.template;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A template function that escapes text its own way for the template's format and returns markup, so
 * templates need no {@code ?no_esc}: {@code paragraph(text)} (multi-line text, lines kept), {@code
 * code(text)} (a value in monospace) and {@code label(text)} (a block title; Markdown: text in raw HTML).
 */
final class EscapeMethod implements TemplateMethodModelEx {
  private final CommonMarkupOutputFormat<?> format;
  private final UnaryOperator<String> escaper;

  EscapeMethod(CommonMarkupOutputFormat<?> format, UnaryOperator<String> escaper) {
    this.format = format;
    this.escaper = escaper;
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel s)) {
      throw new TemplateModelException("this function expects one string argument");
    }
    return format.fromMarkup(escaper.apply(ShownValues.of(s.getAsString())));
  }

  static TemplateModel paragraph(String templateName) {
    if (templateName.startsWith("html/")) {
      return new EscapeMethod(EscapingOutputFormat.HTML, HtmlText::paragraph);
    }
    return templateName.startsWith("md/")
        ? new EscapeMethod(EscapingOutputFormat.MARKDOWN, MarkdownText::paragraph)
        : new EscapeMethod(EscapingOutputFormat.ASCIIDOC, AsciiDocText::paragraph);
  }

  /** A one-line label: an AsciiDoc block title's text; in Markdown, text inside raw HTML ({@code <summary>}). */
  static TemplateModel label(String templateName) {
    return templateName.startsWith("md/")
        ? new EscapeMethod(EscapingOutputFormat.MARKDOWN, MarkdownText::html)
        : new EscapeMethod(EscapingOutputFormat.ASCIIDOC, AsciiDocText::title);
  }

  static TemplateModel code(String templateName) {
    if (templateName.startsWith("html/")) {
      return new EscapeMethod(EscapingOutputFormat.HTML, HtmlText::code);
    }
    return templateName.startsWith("md/")
        ? new EscapeMethod(EscapingOutputFormat.MARKDOWN, MarkdownText::code)
        : new EscapeMethod(EscapingOutputFormat.ASCIIDOC, AsciiDocText::code);
  }
}

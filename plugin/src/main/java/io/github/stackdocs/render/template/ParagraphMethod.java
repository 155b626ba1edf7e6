package io.github.stackdocs.render.template;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code paragraph(text)} in templates: escapes multi-line text as a paragraph of the template's format
 * (lines kept) and returns it as markup, so templates need no {@code ?no_esc}.
 */
final class ParagraphMethod implements TemplateMethodModelEx {
  private final CommonMarkupOutputFormat<?> format;
  private final UnaryOperator<String> escaper;

  ParagraphMethod(CommonMarkupOutputFormat<?> format, UnaryOperator<String> escaper) {
    this.format = format;
    this.escaper = escaper;
  }

  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel s)) {
      throw new TemplateModelException("paragraph(text) expects one string argument");
    }
    return format.fromMarkup(escaper.apply(s.getAsString()));
  }

  static TemplateModel forTemplate(String templateName) {
    return templateName.startsWith("md/")
        ? new ParagraphMethod(EscapingOutputFormat.MARKDOWN, MarkdownText::paragraph)
        : new ParagraphMethod(EscapingOutputFormat.ASCIIDOC, AsciiDocText::paragraph);
  }
}

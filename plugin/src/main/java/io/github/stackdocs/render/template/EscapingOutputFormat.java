package io.github.stackdocs.render.template;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;
import java.util.function.UnaryOperator;

/**
 * A FreeMarker output format that escapes every {@code ${x}} with a given function, so templates only
 * opt out with {@code ?no_esc} for markup the view built; values are first made fit to show ({@link ShownValues}:
 * cut when too long, no control characters). One instance per document format.
 */
public final class EscapingOutputFormat extends CommonMarkupOutputFormat<EscapingOutputFormat.Model> {
  /** AsciiDoc: values escaped with {@link AsciiDocText#inline}. */
  public static final EscapingOutputFormat ASCIIDOC =
      new EscapingOutputFormat("AsciiDoc", "text/asciidoc", AsciiDocText::inline);

  /** GitHub-flavoured Markdown: values escaped with {@link MarkdownText#cell} (safe in cells, headings and text). */
  public static final EscapingOutputFormat MARKDOWN =
      new EscapingOutputFormat("Markdown", "text/markdown", MarkdownText::cell);

  /**
   * HTML: values escaped by FreeMarker's own HTML output format ({@code < > & " '} as references), after
   * {@link ShownValues}; safe in element content and quoted attribute values.
   */
  public static final EscapingOutputFormat HTML =
      new EscapingOutputFormat("stackdocs-HTML", "text/html", HtmlText::escape);

  private final String name;
  private final String mimeType;
  private final UnaryOperator<String> escaper;

  private EscapingOutputFormat(String name, String mimeType, UnaryOperator<String> escaper) {
    this.name = name;
    this.mimeType = mimeType;
    this.escaper = escaper;
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public String getMimeType() {
    return mimeType;
  }

  @Override
  public void output(String textToEsc, Writer out) throws IOException {
    out.write(escapePlainText(textToEsc));
  }

  @Override
  public String escapePlainText(String plainTextContent) {
    return escaper.apply(ShownValues.of(plainTextContent));
  }

  @Override
  public boolean isLegacyBuiltInBypassed(String builtInName) {
    return false;
  }

  @Override
  protected Model newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
    return new Model(plainTextContent, markupContent, this);
  }

  /** Escaped or trusted markup of one format. */
  public static final class Model extends CommonTemplateMarkupOutputModel<Model> {
    private final EscapingOutputFormat format;

    Model(String plainTextContent, String markupContent, EscapingOutputFormat format) {
      super(plainTextContent, markupContent);
      this.format = format;
    }

    @Override
    public EscapingOutputFormat getOutputFormat() {
      return format;
    }
  }
}

package io.github.stackdocs.render.template;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/** FreeMarker output format for AsciiDoc: {@code ${x}} is escaped with {@link AsciiDocText#inline}. */
public final class AsciiDocOutputFormat extends CommonMarkupOutputFormat<AsciiDocOutputFormat.Model> {
  public static final AsciiDocOutputFormat INSTANCE = new AsciiDocOutputFormat();

  private AsciiDocOutputFormat() {}

  @Override
  public String getName() {
    return "AsciiDoc";
  }

  @Override
  public String getMimeType() {
    return "text/asciidoc";
  }

  @Override
  public void output(String textToEsc, Writer out) throws IOException {
    out.write(escapePlainText(textToEsc));
  }

  @Override
  public String escapePlainText(String plainTextContent) {
    return AsciiDocText.inline(plainTextContent);
  }

  @Override
  public boolean isLegacyBuiltInBypassed(String builtInName) {
    return false;
  }

  @Override
  protected Model newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
    return new Model(plainTextContent, markupContent);
  }

  /** Escaped or trusted AsciiDoc markup. */
  public static final class Model extends CommonTemplateMarkupOutputModel<Model> {
    Model(String plainTextContent, String markupContent) {
      super(plainTextContent, markupContent);
    }

    @Override
    public AsciiDocOutputFormat getOutputFormat() {
      return INSTANCE;
    }
  }
}

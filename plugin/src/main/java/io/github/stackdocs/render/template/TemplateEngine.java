package io.github.stackdocs.render.template;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.ConditionalTemplateConfigurationFactory;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.FirstMatchTemplateConfigurationFactory;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.PathGlobMatcher;
import freemarker.cache.TemplateLoader;
import freemarker.core.OutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.TemplateConfiguration;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import io.github.stackdocs.render.RenderException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The FreeMarker set-up, built once and then only read (thread-safe): templates from the user's folder
 * first, then the built-in ones; {@code adoc/**} and {@code runbook/**} auto-escaped as AsciiDoc, {@code md/**}
 * as Markdown and {@code html/**} as HTML.
 */
public final class TemplateEngine {
  /** Classpath folder of the built-in templates. */
  public static final String BUILT_IN = "/io/github/stackdocs/templates";

  private final Configuration cfg;

  public TemplateEngine(Optional<Path> userTemplateDirectory) {
    cfg = new Configuration(Configuration.VERSION_2_3_35);
    cfg.setLocale(Locale.ROOT);
    cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setSQLDateAndTimeTimeZone(TimeZone.getTimeZone("UTC"));
    cfg.setNumberFormat("computer");
    cfg.setBooleanFormat("c");
    cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
    cfg.setOutputEncoding(StandardCharsets.UTF_8.name());
    cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    cfg.setLogTemplateExceptions(false);
    cfg.setWrapUncheckedExceptions(true);
    cfg.setWhitespaceStripping(true);
    cfg.setAPIBuiltinEnabled(false);
    cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    cfg.setLocalizedLookup(false);
    cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35).build());
    cfg.setRegisteredCustomOutputFormats(List.of(EscapingOutputFormat.ASCIIDOC, EscapingOutputFormat.MARKDOWN,
        EscapingOutputFormat.HTML));
    cfg.setTemplateConfigurations(new FirstMatchTemplateConfigurationFactory(
            formatFor("adoc/**", EscapingOutputFormat.ASCIIDOC), formatFor("md/**", EscapingOutputFormat.MARKDOWN),
            formatFor("runbook/**", EscapingOutputFormat.ASCIIDOC), formatFor("html/**", EscapingOutputFormat.HTML))
        .allowNoMatch(true));
    cfg.setTemplateLoader(loader(userTemplateDirectory));
  }

  private static ConditionalTemplateConfigurationFactory formatFor(String glob, OutputFormat format) {
    TemplateConfiguration tc = new TemplateConfiguration();
    tc.setOutputFormat(format);
    return new ConditionalTemplateConfigurationFactory(new PathGlobMatcher(glob), tc);
  }

  private static TemplateLoader loader(Optional<Path> userTemplateDirectory) {
    List<TemplateLoader> loaders = new ArrayList<>();
    if (userTemplateDirectory.isPresent()) {
      try {
        loaders.add(new FileTemplateLoader(userTemplateDirectory.get().toFile()));
      } catch (IOException e) {
        throw new RenderException("", "cannot read the template directory " + userTemplateDirectory.get() + ": "
            + e.getMessage(), e);
      }
    }
    loaders.add(new ClassTemplateLoader(TemplateEngine.class, BUILT_IN));
    return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
  }

  /**
   * Runs a template over {@code model} (plus {@code paragraph(text)}, {@code code(text)} and {@code label(text)}) and returns its normalized text:
   * {@code \n} line ends, no trailing spaces, no runs of blank lines, exactly one final newline.
   */
  public String process(String templateName, Map<String, ?> model) {
    Map<String, Object> root = new HashMap<>(model);
    root.put("paragraph", EscapeMethod.paragraph(templateName));
    root.put("code", EscapeMethod.code(templateName));
    root.put("label", EscapeMethod.label(templateName));
    StringBuilderWriter out = new StringBuilderWriter();
    try {
      Template template = cfg.getTemplate(templateName);
      template.process(root, out);
    } catch (TemplateNotFoundException e) {
      throw new RenderException(e.getTemplateName(), "template " + e.getTemplateName() + " not found (" + e.getMessage() + ")", e);
    } catch (ParseException e) {
      throw new RenderException(e.getTemplateName(), "template " + e.getTemplateName() + " line " + e.getLineNumber() + ", column "
          + e.getColumnNumber() + ": syntax error: " + e.getEditorMessage(), e);
    } catch (TemplateException e) {
      throw new RenderException(e.getTemplateSourceName(), "template " + e.getTemplateSourceName() + " line "
          + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + summary(e.getMessageWithoutStackTop()), e);
    } catch (IOException e) {
      throw new RenderException(templateName, "cannot read template " + templateName + ": " + e.getMessage(), e);
    }
    return TextNormalizer.normalize(out.toString());
  }

  /** FreeMarker's first line, plus the failing expression ({@code ==> stack.nosuch}) when it names one. */
  private static String summary(String s) {
    java.util.List<String> lines = (s == null ? "" : s.strip()).lines().map(String::strip).toList();
    if (lines.isEmpty()) {
      return "";
    }
    String first = lines.get(0);
    return lines.stream().filter(l -> l.startsWith("==>")).findFirst()
        .map(expr -> first + " " + expr.replaceAll("\\s*\\[in template.*$", "")).orElse(first);
  }
}

package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.InputFiles;
import io.github.stackdocs.read.InputLimits;
import io.github.stackdocs.read.ReadResult;
import io.github.stackdocs.read.TemplateSource;
import io.github.stackdocs.read.rain.RainExpander;
import io.github.stackdocs.read.rain.RainFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.Optional;

/**
 * Reads one CloudFormation template (JSON or YAML with short-form tags) into a {@link Stack}, collecting
 * every problem as a finding. Stateless: thread-safe and reusable. Never throws for a bad input; even a
 * bug becomes an {@code internal} ERROR finding so one file cannot stop a run.
 */
public final class CfnTemplateReader {
  private final InputLimits limits;

  /** A reader with CloudFormation's quotas as limits ({@link InputLimits#DEFAULTS}). */
  public CfnTemplateReader() {
    this(InputLimits.DEFAULTS);
  }

  /** A reader refusing templates over {@code limits}. */
  public CfnTemplateReader(InputLimits limits) {
    this.limits = limits;
  }

  /** The limits this reader applies. */
  public InputLimits limits() {
    return limits;
  }

  /** Reads the file of {@code source}; I/O problems become an {@code io} finding. */
  public ReadResult read(TemplateSource source) {
    byte[] bytes;
    try {
      bytes = InputFiles.read(source.path());
    } catch (NoSuchFileException e) {
      return failure(source, "template file not found: " + source.path());
    } catch (InputFiles.TooLargeException e) {
      return failure(source, "too-large", e.describe("template"));
    } catch (IOException | RuntimeException e) {
      return failure(source, "cannot read template " + source.path() + ": " + describe(e));
    }
    return read(source.displayPath(), source.stackName(), bytes, rainFiles(source));
  }

  /**
   * The files Rain directives of {@code source} may read: the project folder is where the template lies less its
   * display path (which is relative to it); when that cannot be told, the template's own folder.
   */
  private static RainFiles rainFiles(TemplateSource source) {
    java.nio.file.Path file = source.path().toAbsolutePath().normalize();
    java.nio.file.Path base = file.getParent();
    String[] parts = source.displayPath().split("/");
    java.nio.file.Path candidate = file;
    boolean matches = parts.length > 0;
    for (int i = parts.length - 1; i >= 0 && matches; i--) {
      matches = candidate != null && candidate.getFileName() != null
          && candidate.getFileName().toString().equals(parts[i]);
      candidate = candidate == null ? null : candidate.getParent();
    }
    if (matches && candidate != null) {
      base = candidate;
    }
    return base == null ? RainFiles.NONE : RainFiles.disk(base);
  }

  /** Reads template text; {@code displayPath}'s extension chooses the syntax (sniffed when unknown). */
  public ReadResult read(String displayPath, String stackName, String text) {
    return read(displayPath, stackName, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Reads template bytes (expected UTF-8); Rain directives naming files are left unexpanded (no files). */
  public ReadResult read(String displayPath, String stackName, byte[] bytes) {
    return read(displayPath, stackName, bytes, RainFiles.NONE);
  }

  /**
   * Reads template bytes (expected UTF-8); Rain directives read the files they name from {@code rainFiles}, by
   * paths relative to {@code displayPath} (the template's path in the project).
   */
  public ReadResult read(String displayPath, String stackName, byte[] bytes, RainFiles rainFiles) {
    Problems problems = new Problems(displayPath, stackName);
    if (ParameterFileShape.isSamConfig(displayPath)) {
      problems.info("parameter-file", "not read as a template: recognised as a SAM configuration file by its name",
          problems.fileLocation());
      return new ReadResult(Optional.empty(), problems.findings());
    }
    if (io.github.stackdocs.read.terraform.TerraformReader.recognises(bytes)) {
      problems.info("terraform-json", "not read as a CloudFormation template: recognised by its content as the JSON"
          + " output of 'terraform show -json' (a plan or state); Terraform files are documented by the docs"
          + " generation (terraformPlans, terraformStates or among the templates)", problems.fileLocation());
      return new ReadResult(Optional.empty(), problems.findings());
    }
    try {
      ParsedTemplate parsed = TemplateParser.parse(displayPath, bytes, problems, limits.templateBytes());
      if (parsed.parameterFile().isPresent()) {
        problems.info("parameter-file", "not read as a template: recognised as a parameter file ("
            + parsed.parameterFile().get().description() + ")", problems.fileLocation());
        return new ReadResult(Optional.empty(), problems.findings());
      }
      if (parsed.root().isEmpty()) {
        return new ReadResult(Optional.empty(), problems.findings());
      }
      MapNode root = parsed.root().get();
      if (RainExpander.uses(root)) {
        RainExpander.Result rain = RainExpander.expand(root, displayPath, stackName, rainFiles,
            (path, text, findings) -> {
              Problems p = new Problems(path, stackName);
              Optional<io.github.stackdocs.model.Node> node = TemplateParser.parseDocument(path, text, p,
                  TemplateParser.Expected.RAIN_FILE);
              findings.addAll(p.findings());
              return node;
            });
        root = rain.root();
        rain.findings().forEach(problems::add);
      }
      if (!SectionLimits.within(root, problems, limits)) {
        return new ReadResult(Optional.empty(), problems.findings());
      }
      Stack stack = new StackReader(problems).read(root, parsed.format(), stackName, displayPath);
      return new ReadResult(Optional.of(stack), problems.findings());
    } catch (RuntimeException | StackOverflowError e) {
      problems.error("internal", "internal error while reading the template (" + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + SyntaxErrors.clean(e.getMessage()))
          + "); please report it", problems.fileLocation());
      return new ReadResult(Optional.empty(), problems.findings());
    }
  }

  /**
   * Whether two template files hold the same template: both parse, and their contents are equal whatever the syntax
   * (a JSON file and its YAML rendering, short-form tags and long form alike); locations, comments and key order
   * are ignored. Unreadable or unparsable files are never the same.
   */
  public boolean sameTemplate(TemplateSource a, TemplateSource b) {
    Optional<MapNode> x = root(a.displayPath(), () -> InputFiles.read(a.path()));
    return x.isPresent() && root(b.displayPath(), () -> InputFiles.read(b.path()))
        .map(y -> io.github.stackdocs.model.Nodes.same(x.get(), y, true)).orElse(false);
  }

  /** As {@link #sameTemplate(TemplateSource, TemplateSource)}, for contents already read (e.g. from git). */
  public boolean sameTemplate(String displayA, byte[] a, String displayB, byte[] b) {
    Optional<MapNode> x = root(displayA, () -> a);
    return x.isPresent() && root(displayB, () -> b)
        .map(y -> io.github.stackdocs.model.Nodes.same(x.get(), y, true)).orElse(false);
  }

  private interface Content {
    byte[] read() throws IOException;
  }

  private Optional<MapNode> root(String display, Content content) {
    try {
      Problems problems = new Problems(display, "");
      ParsedTemplate parsed = TemplateParser.parse(display, content.read(), problems,
          limits.templateBytes());
      return parsed.parameterFile().isPresent() || problems.findings().stream()
          .anyMatch(f -> f.severity() == io.github.stackdocs.model.Severity.ERROR) ? Optional.empty() : parsed.root();
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return Optional.empty();
    }
  }

  private static ReadResult failure(TemplateSource source, String message) {
    return failure(source, "io", message);
  }

  private static ReadResult failure(TemplateSource source, String code, String message) {
    Problems problems = new Problems(source.displayPath(), source.stackName());
    problems.error(code, message, problems.fileLocation());
    return new ReadResult(Optional.empty(), problems.findings());
  }

  private static String describe(Exception e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}

package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.NestedIn;
import io.github.stackdocs.model.NestedStacks;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Resource;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.InputFiles;
import io.github.stackdocs.read.InputLimits;
import io.github.stackdocs.read.ReadResult;
import io.github.stackdocs.read.TemplateSource;
import io.github.stackdocs.read.cdk.NestedCdkOrigins;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Loads the templates of nested stacks ({@code AWS::CloudFormation::Stack}, and SAM's
 * {@code AWS::Serverless::Application} with a template {@code Location}) as child stacks named
 * {@code <parent>-<LogicalId>} (in a CDK cloud assembly: by their construct path, {@code Service/Alarms}, with
 * their resources' construct paths, see {@link NestedCdkOrigins}): a location that is a relative path (the form before {@code aws cloudformation
 * package}) is resolved against the parent template's folder; a URL ({@code https://}, {@code s3://}, or
 * {@code Fn::Sub}/{@code Fn::Join} with parts known only at deployment) is matched to one of the project's
 * templates by the longest end of its path ({@link TemplateUrls}; equally good candidates are a WARN naming them);
 * in a CDK cloud assembly the resource's {@code aws:asset:path} metadata names the {@code *.nested.template.json}
 * file in the assembly folder, which may lie outside the project folder when the assembly does. A URL matching no project template is external: documented, not loaded, no
 * finding. A path leaving the project folder, a missing file and a cycle of nested stacks (once per cycle) are
 * ERROR findings. The reader's {@link InputLimits} bound how deep stacks nest and how many one {@link #load} loads:
 * a stack whose nested stacks pass the count keeps none of them (one ERROR finding), so a few files whose
 * {@code TemplateURL}s point at each other cannot fan out into tens of thousands of stacks. One {@link #load} at a
 * time (it remembers the cycles it reported).
 */
public final class NestedStackLoader {
  private static final com.fasterxml.jackson.databind.ObjectMapper ASSETS =
      new com.fasterxml.jackson.databind.ObjectMapper(io.github.stackdocs.read.JsonLimits.JSON.copy());

  private final CfnTemplateReader reader;
  private final Path baseDir;
  private final List<String> templates;
  private final NestedCdkOrigins cdkOrigins = new NestedCdkOrigins();
  private final Set<String> cycles = new java.util.HashSet<>(); // reported in this load

  /** @param baseDir the project folder: nested templates must lie inside it; display paths are relative to it */
  public NestedStackLoader(CfnTemplateReader reader, Path baseDir) {
    this(reader, baseDir, List.of());
  }

  /**
   * @param templates the project's templates (display paths, relative to {@code baseDir}) that a nested stack's URL
   *     ({@code https://}, {@code s3://}, {@code Fn::Sub}, {@code Fn::Join}) may name, matched by {@link TemplateUrls}
   */
  public NestedStackLoader(CfnTemplateReader reader, Path baseDir, List<String> templates) {
    this.reader = reader;
    this.baseDir = baseDir.toAbsolutePath().normalize();
    this.templates = templates.stream().sorted().toList();
  }

  /** The loaded children, and the files they came from (so they are not documented twice). */
  public record Loaded(List<Stack> stacks, Set<Path> files, List<Finding> findings) {}

  /**
   * Loads every nested stack of {@code stacks}, recursively, at most {@link InputLimits#nestedStacks()} in all: each
   * stack's nested stacks are counted first (each template read once, however often it is nested), and a stack whose
   * count would pass the limit keeps none of them, with one ERROR finding, before any is loaded.
   */
  public Loaded load(List<Stack> stacks) {
    List<Stack> children = new ArrayList<>();
    Set<Path> files = new LinkedHashSet<>();
    List<Finding> findings = new ArrayList<>();
    cycles.clear();
    Counter counter = new Counter();
    for (Stack s : stacks) {
      Path file = baseDir.resolve(s.sourceFile()).normalize();
      Optional<Finding> over = counter.overLimit(s, file, children.size());
      if (over.isPresent()) {
        findings.add(over.get());
        continue;
      }
      List<Path> chain = new ArrayList<>(List.of(file));
      children(s, chain, children, files, findings);
    }
    return new Loaded(children, files, findings);
  }

  /** Counts nested stacks as {@link #children} would load them, reading each template once. */
  private final class Counter {
    private final Map<Path, Optional<Stack>> templates = new HashMap<>();
    private final Map<String, Long> counts = new HashMap<>();

    /** An error when the nested stacks of {@code root} would take the project's count past the limit. */
    Optional<Finding> overLimit(Stack root, Path file, int loaded) {
      int max = reader.limits().nestedStacks();
      long total = loaded;
      for (Resource r : root.resources()) {
        Optional<Target> target = loadable(root, r, List.of(file));
        if (target.isEmpty()) {
          continue;
        }
        total += 1 + count(target.get().file(), r, root, 2, new LinkedHashSet<>(List.of(file)));
        if (total > max) {
          long all = loaded + count(root, file);
          return Optional.of(Finding.error("too-many-nested-stacks", "stack " + root.name() + " has "
              + InputLimits.format(all - loaded) + " nested stacks (counting theirs), which would make "
              + InputLimits.format(all) + " in the project, more than the limit of " + InputLimits.format(max)
              + " (nestedStacks); none of them are loaded: " + InputLimits.howToRaise("nestedStacks", all),
              target.get().location(), root.name()));
        }
      }
      return Optional.empty();
    }

    private long count(Stack stack, Path file) {
      long n = 0;
      for (Resource r : stack.resources()) {
        Optional<Target> target = loadable(stack, r, List.of(file));
        if (target.isPresent()) {
          n = saturated(n + 1 + count(target.get().file(), r, stack, 2, new LinkedHashSet<>(List.of(file))));
        }
      }
      return n;
    }

    /** The nested stacks under the template {@code file}, nested at {@code depth} (the root is 1). */
    private long count(Path file, Resource r, Stack parent, int depth, Set<Path> path) {
      String key = depth + " " + file;
      Long known = counts.get(key);
      if (known != null) {
        return known;
      }
      Optional<Stack> template = templates.computeIfAbsent(file, f -> reader.read(new TemplateSource(f, display(f),
          childName(parent, r))).stack().map(st -> asChild(st, parent, r, display(f))));
      long n = 0;
      if (template.isPresent()) {
        path.add(file);
        for (Resource child : template.get().resources()) {
          Optional<Target> target = depth <= reader.limits().nestingDepth()
              ? loadable(template.get(), child, List.copyOf(path)) : Optional.empty();
          if (target.isPresent()) {
            n = saturated(n + 1 + count(target.get().file(), child, template.get(), depth + 1, path));
          }
        }
        path.remove(file);
      }
      counts.put(key, n);
      return n;
    }

    private static long saturated(long n) {
      return Math.min(n, Long.MAX_VALUE / 4);
    }
  }

  /** The target of {@code r} when {@link #children} would load it (inside, no cycle, exists); else empty. */
  private Optional<Target> loadable(Stack parent, Resource r, List<Path> chain) {
    if (!NestedStacks.nests(r)) {
      return Optional.empty();
    }
    Optional<Target> target = target(parent, r, new ArrayList<>());
    return target.filter(t -> allowed(t.file(), parent) && !chain.contains(t.file())
        && Files.isRegularFile(t.file()));
  }

  /** The same cycle whichever template it is entered from: its templates rotated to start at the least. */
  private static String cycleKey(List<String> cycle) {
    int start = cycle.indexOf(cycle.stream().min(String::compareTo).orElseThrow());
    List<String> rotated = new ArrayList<>(cycle.subList(start, cycle.size()));
    rotated.addAll(cycle.subList(0, start));
    return String.join("\n", rotated);
  }

  private void children(Stack parent, List<Path> chain, List<Stack> out, Set<Path> files, List<Finding> findings) {
    InputLimits limits = reader.limits();
    for (Resource r : parent.resources()) {
      if (!NestedStacks.nests(r)) {
        continue;
      }
      Optional<Target> target = target(parent, r, findings);
      if (target.isEmpty()) {
        continue;
      }
      Path file = target.get().file();
      SourceLocation at = target.get().location();
      String url = target.get().url();
      if (!allowed(file, parent)) {
        findings.add(Finding.error("nested-template-outside", "nested stack " + r.logicalId() + ": TemplateURL '"
            + url + "' leads outside the project folder" + (parent.cdk().isPresent() ? " and the cloud assembly" : "")
            + (file.startsWith(baseDir) ? " through a symbolic link" : "") + "; refused (nested templates must lie"
            + " inside " + baseDir.getFileName() + (parent.cdk().isPresent() ? " or the assembly" : "") + ")", at,
            parent.name()));
        continue;
      }
      if (chain.contains(file)) {
        List<String> cycle = chain.subList(chain.indexOf(file), chain.size()).stream().map(this::display).toList();
        if (cycles.add(cycleKey(cycle))) {
          findings.add(Finding.error("nested-stack-cycle", "nested stack " + r.logicalId() + ": '" + url
              + "' leads back to " + display(file) + ", which already contains it (cycle "
              + String.join(" → ", cycle) + " → " + display(file) + "); not loaded again", at, parent.name()));
        }
        continue;
      }
      if (chain.size() > limits.nestingDepth()) {
        findings.add(Finding.error("nested-stack-depth", "nested stack " + r.logicalId() + " is nested more than "
            + limits.nestingDepth() + " levels deep (nestingDepth); not loaded: "
            + InputLimits.howToRaise("nestingDepth", chain.size()), at, parent.name()));
        continue;
      }
      if (!Files.isRegularFile(file)) {
        findings.add(Finding.error("nested-template-missing", "nested stack " + r.logicalId() + ": template '"
            + url + "' not found (looked for " + display(file) + ")", at, parent.name()));
        continue;
      }
      String name = childName(parent, r);
      ReadResult read = reader.read(new TemplateSource(file, display(file), name));
      read.findings().forEach(f -> findings.add(parent.cdk().isPresent() ? CdkEmptyStacks.relax(f, name) : f));
      if (read.stack().isEmpty()) {
        continue;
      }
      Stack child = asChild(read.stack().get(), parent, r, url);
      out.add(child);
      files.add(file);
      List<Path> deeper = new ArrayList<>(chain);
      deeper.add(file);
      children(child, deeper, out, files, findings);
    }
  }

  /**
   * The nested stack's name: in a cloud assembly its construct path when the resource's {@code aws:cdk:path} tells
   * it ({@code App/Orders/Tables}); else {@code <parent>-<LogicalId>}.
   */
  private static String childName(Stack parent, Resource r) {
    return NestedCdkOrigins.constructPath(parent, r).orElse(parent.name() + "-" + r.logicalId());
  }

  /** {@code template} as the nested stack {@code r} of {@code parent}. */
  private Stack asChild(Stack template, Stack parent, Resource r, String url) {
    String name = childName(parent, r);
    Stack child = template.asNested(name, new NestedIn(parent.name(), r.logicalId(), url));
    if (parent.cdk().isPresent()) { // part of the same cloud assembly
      io.github.stackdocs.model.CdkOrigin o = parent.cdk().get();
      String shown = NestedCdkOrigins.constructPath(parent, r).orElse(o.displayName() + "/" + r.logicalId());
      child = child.withCdk(cdkOrigins.of(o, name, shown, child, assemblyDir(parent)));
    }
    return child;
  }

  /** The folder of a CDK stack's template: its cloud assembly. */
  private Path assemblyDir(Stack parent) {
    return baseDir.resolve(parent.sourceFile()).normalize().getParent();
  }

  /** Whether a nested template may be read: inside the project, or inside the cloud assembly of a CDK parent. */
  private boolean allowed(Path file, Stack parent) {
    if (file.startsWith(baseDir) && InputFiles.staysInside(file, baseDir)) {
      return true;
    }
    Path assembly = assemblyDir(parent);
    return parent.cdk().isPresent() && assembly != null && file.startsWith(assembly)
        && InputFiles.staysInside(file, assembly);
  }

  private record Target(Path file, String url, SourceLocation location) {}

  private Optional<Target> target(Stack parent, Resource r, List<Finding> findings) {
    Path parentDir = baseDir.resolve(parent.sourceFile()).normalize().getParent();
    if (parent.cdk().isPresent() && r.metadata().orElse(null) instanceof MapNode meta
        && Node.text(meta.get("aws:asset:path")).filter(p -> p.endsWith(".template.json")).isPresent()) {
      String asset = Node.text(meta.get("aws:asset:path")).orElseThrow();
      return Optional.of(new Target(parentDir.resolve(asset).normalize(), asset, meta.get("aws:asset:path").location()));
    }
    Node url = NestedStacks.templateLocation(r).orElse(null);
    if (parent.cdk().isPresent() && url != null) { // CDK without asset metadata: the asset hash in the URL
      Optional<String> asset = cdkAsset(parentDir, scalars(url));
      if (asset.isPresent()) {
        return Optional.of(new Target(parentDir.resolve(asset.get()).normalize(), asset.get(), url.location()));
      }
    }
    if (url == null) {
      return Optional.empty();
    }
    Optional<String> text = Node.text(url).map(String::strip);
    if (text.isPresent() && text.get().isBlank()) {
      return Optional.empty();
    }
    if (text.isPresent() && !TemplateUrls.isUrl(text.get())) {
      return Optional.of(new Target(parentDir.resolve(text.get()).normalize(), text.get(), url.location()));
    }
    String written = text.orElseGet(() -> new StaticValues(parent.name(), parent.parameters()).describe(url));
    TemplateUrls.Match match = TemplateUrls.match(TemplateUrls.key(written), templates);
    if (match.unique()) {
      return Optional.of(new Target(baseDir.resolve(match.candidates().get(0)).normalize(), written, url.location()));
    }
    if (!match.candidates().isEmpty()) {
      findings.add(Finding.warn("nested-template-ambiguous", "nested stack " + r.logicalId() + ": '" + written
          + "' names any of " + String.join(", ", match.candidates()) + " equally well (by the longest end of their"
          + " paths); documented as an external template. Give the TemplateURL more of the template's path, or a"
          + " relative path", url.location(), parent.name()));
    }
    return Optional.empty(); // a template outside the project: external, documented as such
  }

  private String display(Path file) {
    try {
      return baseDir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    } catch (IllegalArgumentException e) {
      return file.toString();
    }
  }

  private static String scalars(Node node) {
    if (node instanceof Node.ScalarNode sc) {
      return sc.text();
    }
    StringBuilder b = new StringBuilder();
    if (node instanceof MapNode m) {
      m.entries().values().forEach(v -> b.append(scalars(v)).append(' '));
    } else if (node instanceof Node.ListNode l) {
      l.items().forEach(v -> b.append(scalars(v)).append(' '));
    }
    return b.toString();
  }

  /** The nested template of a CDK asset whose hash the URL text contains, from the assembly's *.assets.json. */
  private static Optional<String> cdkAsset(Path assemblyDir, String urlText) {
    try (java.util.stream.Stream<Path> files = Files.list(assemblyDir)) {
      for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".assets.json")).sorted().toList()) {
        com.fasterxml.jackson.databind.JsonNode assets = ASSETS.readTree(InputFiles.read(f)).path("files");
        for (var it = assets.fields(); it.hasNext(); ) {
          var e = it.next();
          String path = e.getValue().path("source").path("path").asText("");
          if (path.endsWith(".nested.template.json") && urlText.contains(e.getKey())) {
            return Optional.of(path);
          }
        }
      }
    } catch (java.io.IOException | RuntimeException e) {
      return Optional.empty(); // unreadable asset manifests: the nested stack stays external
    }
    return Optional.empty();
  }
}

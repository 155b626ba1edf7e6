package io.github.stackdocs.pipeline;

import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.InputSelector;
import io.github.stackdocs.read.StackNames;
import io.github.stackdocs.read.TemplateSource;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import io.github.stackdocs.read.git.GitTreeFiles;
import io.github.stackdocs.read.rain.RainFiles;
import io.github.stackdocs.read.rain.RainReferences;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The baseline at a git ref of the project's repository, read from the object database: the templates under the
 * source directory chosen by includes and excludes, the named templates, and the cloud assembly when the project
 * has one and it is committed at the ref (read through a temporary copy of its JSON files). A {@code cdk.out} is
 * usually git-ignored: then the current CDK stacks are left out of the comparison, and the log and the documents
 * say so and how to compare them (a folder baseline synthesized from the ref).
 */
final class GitBaseline {
  private final Log log;
  private final CfnTemplateReader reader;

  GitBaseline(Log log, CfnTemplateReader reader) {
    this.log = log;
    this.reader = reader;
  }

  ChangeLogGenerator.BaselineStacks read(DocsGenerator docs, DocsRequest inputs, String ref, Project current) {
    Path base = inputs.baseDirectory();
    String source = slashes(base.relativize(inputs.sourceDirectory()));
    Map<String, String> explicit = new TreeMap<>(); // relative path → stack name ("" = from the file name)
    inputs.templates().forEach(t -> explicit.put(slashes(base.relativize(base.resolve(t.file()).normalize())),
        t.stackName()));
    String output = slashes(base.relativize(inputs.outputDirectory())) + "/";
    // the assembly folder, when inside the project: never read as templates, read as an assembly
    Optional<String> assembly = inputs.cdkOutDirectory().filter(d -> d.startsWith(base))
        .map(d -> slashes(base.relativize(d)) + "/");
    GitTreeFiles.Snapshot snapshot;
    try {
      snapshot = GitTreeFiles.read(base, ref, path -> assembly.map(a -> path.startsWith(a) && assemblyFile(path, a))
          .orElse(false) || explicit.containsKey(path) || (!path.startsWith(output)
          && assembly.map(a -> !path.startsWith(a)).orElse(true)
          && (source.isEmpty() || path.startsWith(source + "/"))
          && InputSelector.selected(source.isEmpty() ? path : path.substring(source.length() + 1), inputs.includes(),
              inputs.excludes())));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("baseline", e.getMessage());
    } catch (IOException e) {
      throw new StackdocsException("could not read git ref '" + ref + "': " + e.getMessage(), e);
    }
    List<GitTreeFiles.GitFile> assemblyFiles = snapshot.files().stream()
        .filter(f -> assembly.map(a -> f.path().startsWith(a)).orElse(false)).toList();
    List<Stack> stacks = templates(snapshot.files().stream().filter(f -> !assemblyFiles.contains(f)).toList(),
        explicit, ref, base, snapshot.id());
    if (inputs.cdkOutDirectory().isEmpty()) {
      return new ChangeLogGenerator.BaselineStacks(stacks, Optional.of(snapshot.commit()));
    }
    String folder = Baseline.display(base, inputs.cdkOutDirectory().get());
    boolean committed = assembly.isPresent()
        && assemblyFiles.stream().anyMatch(f -> f.path().equals(assembly.get() + "manifest.json"));
    if (committed) {
      stacks.addAll(assembly(docs, inputs, assemblyFiles, assembly.get()).stacks());
      log.info("baseline git:" + ref + ": the cloud assembly " + folder + " is committed there; its stacks are"
          + " compared too");
      return new ChangeLogGenerator.BaselineStacks(stacks, Optional.of(snapshot.commit()));
    }
    Set<String> cdkStacks = new TreeSet<>();
    current.stacks().stream().filter(s -> s.cdk().isPresent()).forEach(s -> cdkStacks.add(s.name()));
    if (cdkStacks.isEmpty()) {
      return new ChangeLogGenerator.BaselineStacks(stacks, Optional.of(snapshot.commit()));
    }
    String note = "The cloud assembly " + folder + " is not committed at git:" + ref + ", so only templates were"
        + " compared; the CDK stack" + (cdkStacks.size() == 1 ? " " : "s ") + String.join(", ", cdkStacks)
        + (cdkStacks.size() == 1 ? " was" : " were") + " left out. To compare them, synthesize the baseline into a"
        + " folder (git worktree add ../base " + checkout(ref) + " && cd ../base && cdk synth -o ../base-"
        + inputs.cdkOutDirectory().get().getFileName()
        + ") and give that folder as the baseline.";
    log.warn("baseline: " + note);
    return new ChangeLogGenerator.BaselineStacks(stacks, Optional.of(snapshot.commit()), cdkStacks, List.of(note));
  }

  /**
   * The ref as git's command line names it: {@code merge-base(origin/main)} → {@code $(git merge-base HEAD
   * origin/main)}.
   */
  private static String checkout(String ref) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("merge-base\\((.+)\\)").matcher(ref.strip());
    return m.matches() ? "$(git merge-base HEAD " + m.group(1).strip() + ")" : ref;
  }

  /** An assembly's JSON files (manifests, templates, tree, metadata); not the asset folders and files. */
  private static boolean assemblyFile(String path, String assembly) {
    String relative = path.substring(assembly.length());
    return relative.endsWith(".json") && Stream.of(relative.split("/")).limit(relative.split("/").length - 1L)
        .noneMatch(segment -> segment.startsWith("asset."));
  }

  /**
   * The templates at the ref, with their Rain directives expanded from the files of the same commit (modules,
   * embedded and included files, even those the includes do not select); a Rain module file is part of the stacks
   * that use it, not a stack of its own, as in the current project.
   */
  private List<Stack> templates(List<GitTreeFiles.GitFile> files, Map<String, String> explicit, String ref, Path base,
      String commit) {
    Set<String> modules = new TreeSet<>();
    files.stream().filter(f -> RainReferences.uses(f.content()))
        .forEach(f -> modules.addAll(RainReferences.modules(f.path(), f.content())));
    boolean rain = files.stream().anyMatch(f -> RainReferences.uses(f.content()));
    List<Stack> stacks = new ArrayList<>();
    try (GitTreeFiles.Tree tree = rain ? GitTreeFiles.open(base, commit) : null) {
      RainFiles rainFiles = tree == null ? RainFiles.NONE : rainFiles(tree, ref);
      Map<String, GitTreeFiles.GitFile> byPath = new TreeMap<>();
      files.stream().filter(f -> !modules.contains(f.path())).forEach(f -> byPath.put(f.path(), f));
      for (TemplateSource source : names(byPath, explicit)) {
        GitTreeFiles.GitFile file = byPath.get(source.displayPath());
        stacks.addAll(ChangeLogGenerator.readBaseline(log, file.path(), source.stackName(),
            reader.read(file.path(), source.stackName(), file.content(), rainFiles)));
      }
    } catch (IOException e) {
      throw new StackdocsException("could not read git ref '" + ref + "': " + e.getMessage(), e);
    }
    return stacks;
  }

  /**
   * The baseline's templates named as the current project names its templates: a configured name, else the base
   * name, or the shortest unique path when base names collide ({@link StackNames}); identical JSON/YAML twins are one
   * stack ({@link Twins}). A name given twice is logged and the later file left out.
   */
  private List<TemplateSource> names(Map<String, GitTreeFiles.GitFile> byPath, Map<String, String> explicit) {
    Map<String, String> derived = StackNames.of(byPath.keySet().stream()
        .filter(p -> explicit.getOrDefault(p, "").isEmpty()).toList());
    List<TemplateSource> sources = new ArrayList<>();
    byPath.keySet().forEach(p -> sources.add(new TemplateSource(Path.of(p), p,
        explicit.getOrDefault(p, "").isEmpty() ? derived.get(p) : explicit.get(p))));
    List<io.github.stackdocs.model.Finding> ignored = new ArrayList<>();
    List<TemplateSource> merged = Twins.merge(sources, (a, b) -> reader.sameTemplate(a.displayPath(),
        byPath.get(a.displayPath()).content(), b.displayPath(), byPath.get(b.displayPath()).content()), ignored);
    Set<String> names = new HashSet<>();
    List<TemplateSource> out = new ArrayList<>();
    for (TemplateSource s : merged) {
      if (names.add(s.stackName())) {
        out.add(s);
      } else {
        log.warn("baseline: stack name '" + s.stackName() + "' given twice; " + s.displayPath() + " left out");
      }
    }
    return out;
  }

  /** The files Rain directives of a baseline template read: those of the commit, by project-relative path. */
  private static RainFiles rainFiles(GitTreeFiles.Tree tree, String ref) {
    return new RainFiles() {
      @Override
      public Loaded read(String path) {
        try {
          return tree.read(path).map(b -> new Loaded(Optional.of(b), ""))
              .orElseGet(() -> new Loaded(Optional.empty(), "no such file at git:" + ref));
        } catch (IOException e) {
          return new Loaded(Optional.empty(), e.getMessage());
        }
      }

      @Override
      public boolean isFolder(String path) {
        try {
          return tree.isFolder(path);
        } catch (IOException e) {
          return false;
        }
      }
    };
  }

  /** The committed assembly, written to a temporary folder, read like an assembly folder baseline, then deleted. */
  private Project assembly(DocsGenerator docs, DocsRequest inputs, List<GitTreeFiles.GitFile> files, String prefix) {
    Path temp = null;
    try {
      temp = Files.createTempDirectory("stackdocs-baseline-");
      for (GitTreeFiles.GitFile f : files) {
        Path target = temp.resolve(f.path().substring(prefix.length())).normalize();
        if (!target.startsWith(temp)) {
          continue; // git paths have no '..'; never write outside the folder all the same
        }
        Files.createDirectories(target.getParent());
        Files.write(target, f.content());
      }
      return ChangeLogGenerator.readFolder(log, docs, ChangeLogGenerator.assemblyRequest(inputs, temp));
    } catch (IOException e) {
      throw new StackdocsException("could not copy the cloud assembly of the baseline to a temporary folder: "
          + e.getMessage(), e);
    } finally {
      delete(temp);
    }
  }

  private static void delete(Path folder) {
    if (folder == null) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // a temporary folder left behind is harmless
    }
  }

  private static String slashes(Path p) {
    return p.toString().replace(p.getFileSystem().getSeparator(), "/");
  }
}

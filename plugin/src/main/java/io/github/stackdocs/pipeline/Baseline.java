package io.github.stackdocs.pipeline;

import java.nio.file.Path;

/**
 * What the current inputs are compared with: a git ref of the project's own repository ({@code git:origin/main},
 * {@code git:v1.2}, {@code git:HEAD~1}, {@code git:merge-base(origin/main)}; read from the object database) or a folder of earlier templates laid out
 * like the project (a template at {@code src/main/cloudformation/app.yaml} is looked for at
 * {@code <folder>/src/main/cloudformation/app.yaml}, an assembly at {@code cdk.out} at {@code <folder>/cdk.out}), or an
 * earlier cloud assembly (a folder holding {@code manifest.json}), or an earlier {@code model.json} written by
 * {@code generate} ({@code model:docs/model.json}).
 */
public sealed interface Baseline permits Baseline.GitRef, Baseline.Folder, Baseline.Model, Baseline.PriorState {

  /** For messages and documents. */
  String describe();

  record GitRef(String ref) implements Baseline {
    @Override
    public String describe() {
      return "git:" + ref;
    }
  }

  /** @param display how documents name the folder: relative to the base directory, never the machine's absolute path */
  record Folder(Path folder, String display) implements Baseline {
    @Override
    public String describe() {
      return display;
    }
  }

  /**
   * {@code prior-state}: no earlier templates; only the Terraform plans are compared, each with its own prior state
   * (as they are with every baseline), and the CloudFormation stacks are left out.
   */
  record PriorState() implements Baseline {
    static final String KEYWORD = "prior-state";

    @Override
    public String describe() {
      return "the Terraform plans' prior state";
    }
  }

  /** @param display how documents name the file, relative to the base directory */
  record Model(Path file, String display) implements Baseline {
    @Override
    public String describe() {
      return "model:" + display;
    }
  }

  /**
   * How documents name a baseline folder or file: relative to the base directory ({@code ../base-cdk.out} for one
   * beside it), so {@code changes.md} reads the same on every machine and never shows a home folder; only its name
   * where no relative path exists (another drive).
   */
  static String display(Path baseDirectory, Path file) {
    try {
      String relative = baseDirectory.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
      return relative.isEmpty() ? "." : relative;
    } catch (IllegalArgumentException e) {
      return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
  }

  /** {@code git:<ref>}, {@code model:<file>} or a folder (relative to {@code baseDirectory}). */
  static Baseline parse(String value, Path baseDirectory) {
    if (value == null || value.isBlank()) {
      throw new ConfigurationException("baseline", "no baseline given; set it to a folder of earlier templates or"
          + " git:<ref> (e.g. -Dstackdocs.baseline=git:origin/main)");
    }
    String v = value.strip();
    if (v.equals(PriorState.KEYWORD)) {
      return new PriorState();
    }
    if (v.startsWith("git:")) {
      String ref = v.substring(4).strip();
      if (ref.isEmpty()) {
        throw new ConfigurationException("baseline", "'" + v + "' names no ref; e.g. git:origin/main, git:v1.0, git:HEAD~1");
      }
      return new GitRef(ref);
    }
    if (v.startsWith("model:")) {
      Path file = baseDirectory.resolve(v.substring(6).strip()).normalize();
      if (!java.nio.file.Files.isRegularFile(file)) {
        throw new ConfigurationException("baseline", "model file " + file + " does not exist; give the model.json"
            + " an earlier generate wrote (formats including json), e.g. model:docs/model.json");
      }
      return new Model(file, display(baseDirectory, file));
    }
    Path folder = baseDirectory.resolve(v).normalize();
    if (!java.nio.file.Files.isDirectory(folder)) {
      throw new ConfigurationException("baseline", "folder " + folder + " does not exist; give a folder of earlier"
          + " templates, git:<ref> or model:<model.json>");
    }
    return new Folder(folder, display(baseDirectory, folder));
  }
}

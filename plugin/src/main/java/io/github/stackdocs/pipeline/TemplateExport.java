package io.github.stackdocs.pipeline;

import io.github.stackdocs.output.OutputFile;
import io.github.stackdocs.output.OutputFolder;
import io.github.stackdocs.render.template.BuiltInTemplates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Copies the built-in FreeMarker templates into a folder so users can override single partials (pass the
 * folder, or a copy of the few files they change, as {@code templateDirectory}). Files already there are
 * the user's: they are left alone, unless {@code overwrite} is set. Nothing is ever deleted.
 */
public final class TemplateExport {

  /** What an export did: files written, files already identical, files kept because the user changed them. */
  public record Result(Path directory, List<String> written, List<String> unchanged, List<String> kept) {
    public Result {
      written = List.copyOf(written);
      unchanged = List.copyOf(unchanged);
      kept = List.copyOf(kept);
    }

    public String summary() {
      return "exported " + written.size() + " of " + BuiltInTemplates.NAMES.size() + " built-in templates to "
          + directory + (unchanged.isEmpty() ? "" : ", " + unchanged.size() + " already up to date")
          + (kept.isEmpty() ? "" : ", kept " + kept.size() + " you changed (overwrite=true replaces them)");
    }
  }

  public Result export(Path directory, boolean overwrite) {
    List<OutputFile> files = BuiltInTemplates.NAMES.stream()
        .map(name -> OutputFile.text(name, BuiltInTemplates.text(name)))
        .toList();
    OutputFolder folder = new OutputFolder(directory, path -> false);
    try {
      OutputFolder.Comparison c = folder.compare(files);
      List<OutputFile> toWrite = new ArrayList<>(c.missing());
      List<String> kept = new ArrayList<>();
      if (overwrite) {
        toWrite.addAll(c.changed());
      } else {
        c.changed().forEach(f -> kept.add(f.path()));
      }
      List<String> written = folder.write(toWrite).written();
      return new Result(folder.root(), written, c.unchanged(), kept);
    } catch (IOException | UncheckedIOException e) {
      throw new StackdocsException("could not export the templates to " + directory + ": " + e.getMessage(), e);
    }
  }
}

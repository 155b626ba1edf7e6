package io.github.stackdocs.read.params;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.read.InputFiles;
import io.github.stackdocs.read.cfn.DocumentParser;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads one parameter file (JSON or YAML) in any of the formats of {@link ParameterDocument}, recognised by its
 * shape. The template reader's limits and rules apply (size, nesting, aliases, duplicate keys); every problem is a
 * finding at {@code file:line:column}, and no finding quotes a value. Stateless.
 */
public final class ParameterFileReader {
  private ParameterFileReader() {}

  /**
   * @param displayName how findings name the file
   * @return the file's settings, or empty when it could not be read at all (the findings say why)
   */
  public static Optional<ParameterFile> read(Path file, String displayName, List<Finding> findings) {
    return read(file, displayName, "", findings);
  }

  /** As {@link #read(Path, String, List)}, with findings about {@code stack}. */
  public static Optional<ParameterFile> read(Path file, String displayName, String stack, List<Finding> findings) {
    Findings out = new Findings(findings, stack);
    Optional<byte[]> bytes = bytes(file, displayName, out);
    if (bytes.isEmpty()) {
      return Optional.empty();
    }
    Optional<Node> root = DocumentParser.parse(displayName, bytes.get(), "parameter file", stack, findings);
    return root.flatMap(r -> ParameterDocument.read(r, out))
        .map(c -> new ParameterFile(file, displayName, c.values(), c.tags(), Optional.empty(), Optional.empty()));
  }

  /** The file's bytes, refused by size before it is read; a problem is one finding at the file. */
  static Optional<byte[]> bytes(Path file, String displayName, Findings out) {
    SourceLocation at = SourceLocation.of(displayName);
    try {
      return Optional.of(InputFiles.read(file));
    } catch (NoSuchFileException e) {
      out.error("io", "parameter file not found: " + displayName, at);
    } catch (InputFiles.TooLargeException e) {
      out.error("too-large", e.describe("parameter file"), at);
    } catch (IOException | RuntimeException e) {
      out.error("io", "cannot read parameter file " + displayName + ": "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), at);
    }
    return Optional.empty();
  }
}

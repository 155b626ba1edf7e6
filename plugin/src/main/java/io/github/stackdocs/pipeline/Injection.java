package io.github.stackdocs.pipeline;

import io.github.stackdocs.output.AtomicFiles;
import io.github.stackdocs.output.MarkerException;
import io.github.stackdocs.output.MarkerRegions;
import io.github.stackdocs.output.UnifiedDiff;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.render.inject.InjectSections;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fills the regions between {@code stackdocs:begin}/{@code end} markers of the files {@link DocsRequest#injectFiles()}
 * names (Markdown: HTML comment markers; AsciiDoc: {@code //} comment lines), terraform-docs style. Everything outside
 * the regions stays byte for byte. Every file is merged in memory first: a broken marker or an unknown section in any
 * of them stops the run with nothing written. WRITE replaces a changed file atomically; CHECK only compares.
 */
final class Injection {
  /** The largest file injected into: a README, not a data file. */
  static final long MAX_BYTES = 4L << 20;

  private Injection() {}

  /**
   * What a run did: how many files and regions, and the files that differ (changed by WRITE, stale for CHECK) with a
   * short diff of them.
   */
  record Report(int files, int regions, List<String> differing, List<String> diff) {
    boolean upToDate() {
      return differing.isEmpty();
    }

    String summary(WriteMode mode) {
      return regions + (regions == 1 ? " region" : " regions") + " in " + files + (files == 1 ? " file" : " files")
          + (mode == WriteMode.WRITE ? ", " + differing.size() + " changed" : differing.isEmpty() ? ", up to date"
          : ", " + differing.size() + " out of date");
    }
  }

  static Report run(DocsRequest request, InjectSections sections, Log log) {
    Map<Path, String> merged = new LinkedHashMap<>();
    List<String> differing = new ArrayList<>();
    List<String> diff = new ArrayList<>();
    int regions = 0;
    for (Path file : request.injectFiles()) {
      String shown = shown(request, file);
      String text = read(file, shown);
      MarkerRegions.Syntax syntax = syntax(file);
      MarkerRegions.Parsed parsed;
      try {
        parsed = MarkerRegions.parse(text, shown, syntax);
      } catch (MarkerException e) {
        throw new InjectException(e.getMessage() + "; nothing was injected into any file");
      }
      if (parsed.regions().isEmpty()) {
        log.warn(shown + " has no stackdocs markers; put '" + syntax.begin("stacks") + "' and '"
            + syntax.end("stacks") + "' lines where the stack table goes (sections: "
            + String.join(", ", InjectSections.SECTIONS) + ")");
        continue;
      }
      List<MarkerRegions.Part> fresh = new ArrayList<>();
      for (MarkerRegions.Region region : parsed.regions().values()) {
        String body;
        try {
          body = sections.body(region.id(), syntax == MarkerRegions.Syntax.LINE_COMMENT ? "adoc" : "md");
        } catch (IllegalArgumentException e) {
          throw new InjectException(shown + ":" + region.line() + ": " + e.getMessage()
              + "; nothing was injected into any file");
        }
        fresh.add(new MarkerRegions.Region(region.id(), "", body, "", region.line()));
        regions++;
      }
      String result = MarkerRegions.merge(parsed, new MarkerRegions.Parsed(fresh)).text();
      if (!result.equals(text)) {
        differing.add(shown);
        diff.addAll(UnifiedDiff.diff(shown, text, result, request.maxDiffLines()));
        merged.put(file, result);
      }
    }
    if (request.mode() == WriteMode.WRITE) {
      merged.forEach((file, text) -> write(file, text, shown(request, file)));
    }
    return new Report(request.injectFiles().size(), regions, differing, diff);
  }

  /** The message of {@code check} for stale regions, naming {@code fix}. */
  static String staleMessage(Report report, String fix) {
    StringBuilder sb = new StringBuilder("the injected regions of ").append(String.join(", ", report.differing()))
        .append(" are out of date:\n");
    report.diff().forEach(line -> sb.append(line).append('\n'));
    return sb.append("Run '").append(fix).append("' to refresh them (text outside the markers is kept), then commit"
        + " the result.").toString();
  }

  private static MarkerRegions.Syntax syntax(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".adoc") || name.endsWith(".asciidoc") || name.endsWith(".asc")
        ? MarkerRegions.Syntax.LINE_COMMENT : MarkerRegions.Syntax.HTML_COMMENT;
  }

  private static String read(Path file, String shown) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.endsWith(".md") && !name.endsWith(".markdown") && !name.endsWith(".adoc") && !name.endsWith(".asciidoc")
        && !name.endsWith(".asc")) {
      throw new ConfigurationException("injectFiles", shown + " is neither Markdown (.md, .markdown) nor AsciiDoc"
          + " (.adoc, .asciidoc, .asc); the marker syntax follows the file's type");
    }
    if (Files.isSymbolicLink(file)) {
      throw new ConfigurationException("injectFiles", shown + " is a symbolic link; name the file it leads to");
    }
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new ConfigurationException("injectFiles", shown + " does not exist; inject fills marked regions of a"
          + " file people write (a README), it never creates one");
    }
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new ConfigurationException("injectFiles", shown + " is larger than " + (MAX_BYTES >> 20) + " MiB");
      }
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) { // decoded loosely, its bytes would not survive a write
      throw new ConfigurationException("injectFiles", shown + " is not UTF-8 text; save it as UTF-8");
    } catch (IOException e) {
      throw new StackdocsException("could not read " + shown + ": " + e.getMessage(), e);
    }
  }

  private static void write(Path file, String text, String shown) {
    try {
      AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new StackdocsException("could not write " + shown + ": " + e.getMessage(), e);
    }
  }

  private static String shown(DocsRequest request, Path file) {
    return file.startsWith(request.baseDirectory())
        ? request.baseDirectory().relativize(file).toString().replace('\\', '/') : file.toString();
  }
}

package io.github.stackdocs.pipeline;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.output.OutputFolder;
import io.github.stackdocs.render.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Incremental {@code generate}: decides from the stamp whether a run can skip reading and rendering, lets a run
 * reuse HTML pages converted from the same AsciiDoc (given the site's current navigation), and writes the stamp after a successful run.
 *
 * <p>A run is skipped only when the stamp was written by this stackdocs build, for the same settings, and every
 * input file, every file the tool owns in the output folder and every runbook still has the hash the stamp
 * recorded, with no interrupted write pending. Hashing streams the bytes through SHA-256 and parses nothing; a file
 * that kept the size and time the stamp saw is not read at all ({@link FileHashes}). The
 * stamp lives outside the output folder (the Maven goal puts it under {@code target/}), so {@code check}, which
 * never uses it, does not see it as an extra file. Inputs are hashed before they are read, so a file changed while
 * a run reads it makes the next run do the work again.
 */
final class Incremental {
  private final DocsRequest request;
  private final Path stampFile;
  private final String tool;
  private final String config;
  private final FileHashes hashes;
  private final InputHashes files;
  private final Optional<Stamp> previous;
  private final SortedMap<String, String> inputs;

  private Incremental(DocsRequest request, Path stampFile, String tool) throws IOException {
    this.request = request;
    this.stampFile = stampFile;
    this.tool = tool;
    this.config = ConfigKey.of(request); // as text: hashing it would start the JDK's digest machinery on a no-op
    this.previous = Stamp.read(stampFile);
    this.hashes = new FileHashes(previous.filter(p -> p.tool().equals(tool)).map(Stamp::seen)
        .orElse(new TreeMap<>()));
    this.files = new InputHashes(request, hashes);
    this.inputs = files.inputs();
  }

  /** For a WRITE request with a stamp file: reads the stamp and hashes the inputs; else empty. */
  static Optional<Incremental> begin(DocsRequest request, String tool) {
    if (request.mode() != io.github.stackdocs.output.WriteMode.WRITE || request.stampFile().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Incremental(request, request.stampFile().get(), tool));
    } catch (IOException e) {
      return Optional.empty(); // cannot hash: do the work
    }
  }

  /** The previous run's stamp when nothing it depends on changed ({@code force} ignores it). */
  Optional<Stamp> upToDate(Predicate<String> managed) {
    if (request.force() || previous.isEmpty()) {
      return Optional.empty();
    }
    Stamp p = previous.get();
    try {
      if (!p.tool().equals(tool) || !p.config().equals(config)) {
        return Optional.empty();
      }
      SortedMap<String, String> now = new TreeMap<>(inputs);
      now.putAll(files.nested(p.nested()));
      if (!now.equals(p.inputs())) {
        return Optional.empty();
      }
      OutputFolder out = new OutputFolder(request.outputDirectory(), managed);
      if (out.interrupted() || !files.folder(request.outputDirectory(), managed).equals(p.outputs())) {
        return Optional.empty();
      }
      if (!runbooks().equals(p.runbooks()) || request.runbookDirectory().map(d -> new io.github.stackdocs.output
          .RegionFolder(d, q -> true, q -> "").interrupted()).orElse(false)) {
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    refreshSeen(p);
    return previous;
  }

  /**
   * Records what this up-to-date run learned about the files' sizes and times (files written by the last run are
   * hashed once more, when they have settled), so that the next run trusts them without reading them. A stamp that
   * cannot be written only costs the next run those reads.
   */
  private void refreshSeen(Stamp p) {
    if (!hashes.learned()) {
      return;
    }
    try {
      new Stamp(p.tool(), p.config(), p.stacks(), p.resources(), p.files(), p.inputs(), p.nested(), p.outputs(),
          p.runbooks(), p.html(), p.findings(), hashes.seen()).write(stampFile);
    } catch (IOException | RuntimeException e) {
      // the next run hashes those files again
    }
  }

  /** How many inputs the up-to-date check compared. */
  int inputCount() {
    return inputs.size() + previous.map(p -> p.nested().size()).orElse(0);
  }

  /**
   * The HTML page made earlier from exactly what {@code madeFrom} hashes (the AsciiDoc page {@code adocPath}, in a
   * site or not) by this stackdocs build, read from the output folder, when that page is still as written;
   * else empty (convert it).
   */
  Optional<Document> reusableHtml(String adocPath, String madeFrom, String htmlPath) {
    if (previous.isEmpty() || !previous.get().tool().equals(tool)) {
      return Optional.empty();
    }
    Stamp p = previous.get();
    String from = p.html().get(adocPath);
    String written = p.outputs().get(htmlPath);
    if (from == null || written == null || !from.equals(madeFrom)) {
      return Optional.empty();
    }
    try {
      byte[] page = Files.readAllBytes(request.outputDirectory().resolve(htmlPath));
      return Hashes.bytes(page).equals(written) ? Optional.of(Document.ofUtf8(htmlPath, page)) : Optional.empty();
    } catch (IOException e) { // missing or unreadable: convert it
      return Optional.empty();
    }
  }

  /**
   * Records a successful run: its inputs (hashed before reading; nested templates now), what it wrote (path → {@link
   * Hashes#bytes}), the runbooks
   * as they are now, and which AsciiDoc pages have a clean HTML page.
   *
   * @param cleanHtml AsciiDoc page → hash of what its HTML page was made from, for the pages converted (or reused)
   *     without Asciidoctor warnings
   */
  void save(Project project, SortedMap<String, String> written, java.util.Map<String, String> cleanHtml,
      java.util.List<Finding> findings)
      throws IOException {
    java.util.SortedSet<String> nested = new TreeSet<>();
    for (Stack s : project.stacks()) {
      if (s.nestedIn().isPresent() && s.cdk().isEmpty()) {
        nested.add(files.name(request.baseDirectory().resolve(s.sourceFile())));
      }
    }
    SortedMap<String, String> all = new TreeMap<>(inputs);
    all.putAll(files.nested(nested));
    all.putAll(files.injected()); // as this run left them
    SortedMap<String, String> outputs = new TreeMap<>(written);
    SortedMap<String, String> html = new TreeMap<>(cleanHtml);
    SortedMap<String, String> runbooks = runbooks();
    new Stamp(tool, config, project.stacks().size(), project.resourceCount(), written.size(), all, nested, outputs,
        runbooks, html, findings, hashes.seen()).write(stampFile);
  }

  private SortedMap<String, String> runbooks() throws IOException {
    return request.runbookDirectory().isPresent() ? files.folder(request.runbookDirectory().get(), p -> true)
        : new TreeMap<>();
  }
}

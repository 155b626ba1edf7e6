package io.github.stackdocs.pipeline;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.output.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the last successful {@code generate} read and wrote, by content hash: the stamp file that lets the next run
 * skip reading and rendering when nothing changed. A text file of tab-separated lines, one fact each (tabs,
 * newlines and backslashes in values escaped); anything unreadable counts as no stamp.
 *
 * @param tool the stackdocs build that wrote it ({@link ToolVersion})
 * @param config the settings ({@link ConfigKey}), as text
 * @param inputs every file read (templates, nested templates, assembly, snapshot, annotations, template overrides)
 *     → hash; paths relative to the base directory where possible
 * @param nested which of the inputs are nested-stack templates (found only by reading their parents)
 * @param outputs every file the tool owns in the output folder → hash, as written
 * @param runbooks every file in the runbook folder → hash, after the run
 * @param html AsciiDoc page → hash of what its HTML page was made from ({@code HtmlRenderer.madeFrom}: the AsciiDoc
 *     and whether it is a site page; pages converted without Asciidoctor warnings only), so a later run reuses
 *     that HTML when it is the same
 * @param findings the run's findings, shown again by a run that skips the work
 * @param seen absolute path → size, modification time and hash of every file the run hashed or trusted
 *     ({@link FileHashes}), so that the next run hashes only files whose size or time changed
 */
record Stamp(String tool, String config, int stacks, int resources, int files, SortedMap<String, String> inputs,
    SortedSet<String> nested, SortedMap<String, String> outputs, SortedMap<String, String> runbooks,
    SortedMap<String, String> html, List<Finding> findings, SortedMap<String, FileHashes.Seen> seen) {
  private static final String HEADER = "stackdocs-stamp 2";

  Stamp {
    inputs = Collections.unmodifiableSortedMap(new TreeMap<>(inputs));
    nested = Collections.unmodifiableSortedSet(new TreeSet<>(nested));
    outputs = Collections.unmodifiableSortedMap(new TreeMap<>(outputs));
    runbooks = Collections.unmodifiableSortedMap(new TreeMap<>(runbooks));
    html = Collections.unmodifiableSortedMap(new TreeMap<>(html));
    findings = List.copyOf(findings);
    seen = Collections.unmodifiableSortedMap(new TreeMap<>(seen));
  }

  /** The stamp in {@code file}; empty when there is none or it cannot be read (then the run does all the work). */
  static Optional<Stamp> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
    try {
      return parse(lines);
    } catch (RuntimeException e) {
      return Optional.empty(); // damaged: ignored, and rewritten by this run
    }
  }

  private static Optional<Stamp> parse(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
      return Optional.empty();
    }
    String tool = null;
    String config = null;
    int[] counts = null;
    SortedMap<String, String> inputs = new TreeMap<>();
    SortedSet<String> nested = new TreeSet<>();
    SortedMap<String, String> outputs = new TreeMap<>();
    SortedMap<String, String> runbooks = new TreeMap<>();
    SortedMap<String, String> html = new TreeMap<>();
    List<Finding> findings = new ArrayList<>();
    SortedMap<String, FileHashes.Seen> seen = new TreeMap<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = fields(line);
      switch (f.get(0)) {
        case "tool" -> tool = f.get(1);
        case "config" -> config = f.get(1);
        case "counts" -> counts = new int[] {Integer.parseInt(f.get(1)), Integer.parseInt(f.get(2)),
            Integer.parseInt(f.get(3))};
        case "input" -> inputs.put(f.get(2), f.get(1));
        case "nested" -> nested.add(f.get(1));
        case "output" -> outputs.put(f.get(2), f.get(1));
        case "runbook" -> runbooks.put(f.get(2), f.get(1));
        case "html" -> html.put(f.get(2), f.get(1));
        case "finding" -> findings.add(new Finding(Severity.valueOf(f.get(1)), f.get(2), f.get(7),
            new SourceLocation(f.get(3), Integer.parseInt(f.get(4)), Integer.parseInt(f.get(5))), f.get(6)));
        case "seen" -> seen.put(f.get(5), new FileHashes.Seen(Long.parseLong(f.get(1)), Long.parseLong(f.get(2)),
            f.get(4), f.get(3).equals("settled")));
        default -> throw new IllegalArgumentException("unknown line " + f.get(0));
      }
    }
    if (tool == null || config == null || counts == null) {
      return Optional.empty();
    }
    return Optional.of(new Stamp(tool, config, counts[0], counts[1], counts[2], inputs, nested, outputs, runbooks,
        html, findings, seen));
  }

  /** Writes the stamp atomically (a run killed meanwhile leaves the old stamp or this one). */
  void write(Path file) throws IOException {
    StringBuilder sb = new StringBuilder(HEADER).append('\n');
    line(sb, "tool", tool);
    line(sb, "config", config);
    line(sb, "counts", Integer.toString(stacks), Integer.toString(resources), Integer.toString(files));
    inputs.forEach((path, hash) -> line(sb, "input", hash, path));
    nested.forEach(path -> line(sb, "nested", path));
    outputs.forEach((path, hash) -> line(sb, "output", hash, path));
    runbooks.forEach((path, hash) -> line(sb, "runbook", hash, path));
    html.forEach((path, hash) -> line(sb, "html", hash, path));
    for (Finding f : findings) {
      line(sb, "finding", f.severity().name(), f.code(), f.location().file(), Integer.toString(f.location().line()),
          Integer.toString(f.location().column()), f.stack(), f.message());
    }
    seen.forEach((path, s) -> line(sb, "seen", Long.toString(s.size()), Long.toString(s.modified()),
        s.settled() ? "settled" : "racy", s.hash(), path));
    AtomicFiles.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void line(StringBuilder sb, String kind, String... values) {
    sb.append(kind);
    for (String v : values) {
      sb.append('\t').append(v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r"));
    }
    sb.append('\n');
  }

  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\t') {
        fields.add(current.toString());
        current.setLength(0);
      } else if (c == '\\' && i + 1 < line.length()) {
        char next = line.charAt(++i);
        current.append(switch (next) {
          case 't' -> '\t';
          case 'n' -> '\n';
          case 'r' -> '\r';
          default -> next;
        });
      } else {
        current.append(c);
      }
    }
    fields.add(current.toString());
    return fields;
  }
}

package io.github.stackdocs.bench;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.pipeline.DocsGenerator;
import io.github.stackdocs.pipeline.DocsRequest;
import io.github.stackdocs.pipeline.FailOn;
import io.github.stackdocs.render.Document;
import io.github.stackdocs.render.Format;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The iterations for one input size, each stage timed on its own through {@link DocsGenerator}'s public stages
 * (the same calls {@code generate} makes), so the harness holds no pipeline logic of its own. The total is what
 * {@code generate} without HTML does: read + model, analyze, render the three formats together (they share one
 * view of the project), render the runbooks, write the documents into an empty folder and merge the runbooks into
 * an empty runbook folder.
 */
final class SizeRun {
  private static final Set<Format> NO_HTML = EnumSet.of(Format.ADOC, Format.MD, Format.JSON);

  private final DocsGenerator generator;
  private final Path input;
  private final List<Path> files;
  private final Path scratch;
  private final boolean html;
  private boolean htmlOutOfMemory;

  /** What a size's run measured. */
  record Result(Timings timings, Timings cpu, HeapMeter.Peak peak, long live, int inputFiles, long inputBytes,
      int documents, int findings, boolean htmlOutOfMemory, java.util.SortedMap<String, Long> outputBytes) {}

  /** The bytes of the last iteration's output, by kind: each file extension, and runbooks. */
  private final java.util.SortedMap<String, Long> outputBytes = new java.util.TreeMap<>();

  SizeRun(DocsGenerator generator, Path input, Path scratch, boolean html) {
    this.generator = generator;
    this.input = input;
    this.files = Inputs.files(input.resolve("templates"));
    this.scratch = scratch;
    this.html = html;
  }

  Result run(int warm, int htmlWarm) {
    Timings timings = new Timings();
    Timings cpu = new Timings();
    HeapMeter.Peak peak;
    int documents = 0;
    int findingCount = 0;
    List<Path> all = new ArrayList<>(files);
    all.addAll(Inputs.files(input.resolve("deployed")));
    try (HeapMeter meter = new HeapMeter()) {
      for (int i = 0; i <= warm; i++) {
        DocsRequest request = request(scratch.resolve("out-" + i));
        time(timings, cpu, Stage.FLOOR, () -> Floor.parse(all));
        Generated g = generate(request, timings, cpu);
        formats(request, g, timings, cpu, html && !htmlOutOfMemory && i <= htmlWarm);
        documents = g.documents();
        findingCount = g.findings().size();
      }
      peak = meter.peak();
    }
    for (Timings t : List.of(timings, cpu)) {
      t.sum(Stage.TOTAL, List.of(Stage.MODEL, Stage.BIND, Stage.ANALYZE, Stage.RENDER, Stage.RUNBOOKS, Stage.WRITE));
    }
    return new Result(timings, cpu, peak, live(), all.size(), bytes(all), documents, findingCount, htmlOutOfMemory,
        new java.util.TreeMap<>(outputBytes));
  }

  /** What the stages {@code generate} runs leave for the per-format renders (the documents are not kept). */
  private record Generated(DocsGenerator.Analysis analysis, List<Finding> findings, int documents,
      List<Document> runbooks) {}

  /** Read + model, bind, analyze, render adoc+md+json, write: what {@code generate} without HTML does, stage by stage. */
  private Generated generate(DocsRequest request, Timings timings, Timings cpu) {
    List<Finding> findings = new ArrayList<>();
    Project read = time(timings, cpu, Stage.MODEL, () -> generator.read(request, findings));
    Project project = time(timings, cpu, Stage.BIND, () -> generator.bind(request, read, findings));
    DocsGenerator.Analysis analysis = time(timings, cpu, Stage.ANALYZE,
        () -> generator.analyze(request, project, findings));
    List<Document> rendered = time(timings, cpu, Stage.RENDER,
        () -> generator.render(request, analysis, findings, NO_HTML));
    List<Document> runbooks = time(timings, cpu, Stage.RUNBOOKS, () -> generator.runbooks(request, analysis));
    DocsGenerator.Generation generation = new DocsGenerator.Generation(project, analysis.graph(), findings, rendered,
        runbooks, Optional.empty(), analysis.runbookUnits());
    time(timings, cpu, Stage.WRITE, () -> {
      generator.runbookFolder(request, generation);
      return generator.write(request, rendered);
    });
    delete(request.outputDirectory());
    delete(request.runbookDirectory().orElseThrow());
    outputBytes.clear();
    count(rendered, "");
    count(runbooks, "runbooks ");
    return new Generated(analysis, findings, rendered.size() + runbooks.size(), runbooks);
  }

  /**
   * Each format rendered alone; when asked, the HTML site: its pages rendered from the view, then its runbook pages
   * converted by AsciidoctorJ (what a run where every runbook changed converts; its first run starts JRuby).
   */
  private void formats(DocsRequest request, Generated g, Timings timings, Timings cpu, boolean html) {
    DocsGenerator.Analysis analysis = g.analysis();
    List<Finding> findings = g.findings();
    time(timings, cpu, Stage.MD, () -> generator.render(request, analysis, findings, EnumSet.of(Format.MD)).size());
    time(timings, cpu, Stage.JSON, () -> generator.render(request, analysis, findings, EnumSet.of(Format.JSON)).size());
    if (!html) {
      time(timings, cpu, Stage.ADOC, () -> generator.render(request, analysis, findings, EnumSet.of(Format.ADOC)).size());
      return;
    }
    time(timings, cpu, Stage.ADOC, () -> generator.render(request, analysis, findings, EnumSet.of(Format.ADOC)).size());
    java.util.TreeMap<String, String> runbooks = new java.util.TreeMap<>();
    g.runbooks().forEach(d -> runbooks.put(d.path(), d.content()));
    io.github.stackdocs.render.site.SiteSources sources = new io.github.stackdocs.render.site.SiteSources(
        analysis.coverageViews(), runbooks, Optional.empty());
    try {
      io.github.stackdocs.render.DocumentRenderer.Rendered site = time(timings, cpu, Stage.HTML,
          () -> generator.render(request, analysis, findings, EnumSet.of(Format.HTML), Optional.of(sources)));
      time(timings, cpu, Stage.HTML_RUNBOOKS, () -> generator.html(site.site().orElseThrow().written(), findings).size());
    } catch (OutOfMemoryError e) { // reported as such; the pages and the other figures are still worth printing
      htmlOutOfMemory = true;
    }
  }

  /** Adds the documents' bytes to {@link #outputBytes}, by {@code prefix} and file extension. */
  private void count(List<Document> documents, String prefix) {
    for (Document d : documents) {
      String name = d.path().substring(d.path().lastIndexOf('/') + 1);
      String kind = prefix + (name.lastIndexOf('.') > 0 ? name.substring(name.lastIndexOf('.') + 1) : name);
      outputBytes.merge(kind, (long) d.utf8().length, Long::sum);
    }
  }

  /** The heap taken by one run's model, analysis and documents, held at once. */
  private long live() {
    DocsRequest request = request(scratch.resolve("live"));
    List<Finding> findings = new ArrayList<>();
    DocsGenerator.Analysis analysis = generator.analyze(request, generator.model(request, findings), findings);
    List<Document> documents = new ArrayList<>(generator.render(request, analysis, findings, NO_HTML));
    documents.addAll(generator.runbooks(request, analysis));
    long live = HeapMeter.live();
    // used after the measurement, so the JIT cannot drop them before it
    return documents.isEmpty() || analysis.project() == null ? -1 : live;
  }

  private DocsRequest request(Path out) {
    return DocsRequest.builder(input)
        .sourceDirectory(Path.of("templates"))
        .deployedDirectory(Optional.of(Path.of("deployed")))
        .outputDirectory(out)
        .runbookDirectory(Optional.of(out.resolveSibling(out.getFileName() + "-runbooks")))
        .formats(NO_HTML)
        .failOn(FailOn.NEVER)
        .projectName("bench")
        .build();
  }

  /**
   * Runs {@code work}, recording its wall time and the process's CPU time (steadier on a busy machine). The process,
   * not this thread: templates are read and diagrams laid out on several threads, and a thread's own CPU time would
   * leave that work out. It includes the garbage collector's and the JIT's threads.
   */
  private static <T> T time(Timings timings, Timings cpu, Stage stage, Supplier<T> work) {
    long cpuStart = PROCESS.getProcessCpuTime();
    long start = System.nanoTime();
    T result = work.get();
    timings.add(stage, System.nanoTime() - start);
    cpu.add(stage, PROCESS.getProcessCpuTime() - cpuStart);
    return result;
  }

  private static final com.sun.management.OperatingSystemMXBean PROCESS =
      (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

  private static long bytes(List<Path> files) {
    long sum = 0;
    for (Path f : files) {
      sum += f.toFile().length();
    }
    return sum;
  }

  private static void delete(Path dir) {
    try {
      Inputs.deleteTree(dir);
    } catch (IOException e) {
      throw new BenchException("cannot delete " + dir + ": " + e.getMessage(), e);
    }
  }
}

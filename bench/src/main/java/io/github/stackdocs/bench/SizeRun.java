package io.github.stackdocs.bench;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.output.OutputFile;
import io.github.stackdocs.output.OutputFolder;
import io.github.stackdocs.output.OutputSession;
import io.github.stackdocs.pipeline.DocsGenerator;
import io.github.stackdocs.pipeline.DocsRequest;
import io.github.stackdocs.pipeline.FailOn;
import io.github.stackdocs.render.Document;
import io.github.stackdocs.render.Format;
import io.github.stackdocs.render.diagram.Diagram;
import io.github.stackdocs.render.diagram.DiagramLevel;
import io.github.stackdocs.render.diagram.DiagramSet;
import io.github.stackdocs.render.diagram.SvgRenderer;
import io.github.stackdocs.render.site.Site;
import io.github.stackdocs.render.site.SiteSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The iterations for one input size, each stage timed on its own through {@link DocsGenerator}'s public stages
 * (the calls {@code generate} makes, in its order), so the harness holds no pipeline logic of its own. Documents
 * are streamed as {@code generate} streams them: each goes into the output folder's staging folder as it is made
 * and only its size is kept, so the harness holds what {@code generate} holds (the model, the analysis and the
 * runbooks), not the pages. The total is what {@code generate} without HTML does: read, bind, analyze, render the
 * runbooks, readiness, render the three formats streamed into the staging folder, write the runbooks into an empty
 * runbook folder and commit. HTML is a second pass of its own into another folder: the site's pages from the view,
 * then its runbook pages converted by AsciidoctorJ a batch at a time, then the commit.
 */
final class SizeRun {
  private static final Set<Format> NO_HTML = EnumSet.of(Format.ADOC, Format.MD, Format.JSON);
  private static final Set<Format> HTML = EnumSet.of(Format.HTML);

  private final DocsGenerator generator;
  private final Path input;
  private final List<Path> files;
  private final Path scratch;
  private final boolean html;
  private boolean htmlOutOfMemory;
  private long htmlPeak;

  /** What a size's run measured; {@code htmlPeak} is the sampled heap's peak during the HTML stages (0 without). */
  record Result(Timings timings, Timings cpu, HeapMeter.Peak peak, long htmlPeak, long live, int inputFiles,
      long inputBytes, int documents, int findings, boolean htmlOutOfMemory, SortedMap<String, Long> outputBytes,
      int diagrams) {}

  /** How many diagrams {@link Stage#DIAGRAMS} lays out and draws. */
  private int diagrams;

  /** The bytes of the last iteration's output, by kind: each file extension, runbooks, and the HTML site. */
  private final SortedMap<String, Long> outputBytes = new TreeMap<>();

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
        int[] counts = iteration(i, all, meter, html && !htmlOutOfMemory && i <= htmlWarm, timings, cpu);
        documents = counts[0];
        findingCount = counts[1];
      }
      peak = meter.peak();
    }
    for (Timings t : List.of(timings, cpu)) {
      t.sum(Stage.TOTAL, List.of(Stage.MODEL, Stage.BIND, Stage.ANALYZE, Stage.RUNBOOKS, Stage.READINESS,
          Stage.RENDER, Stage.WRITE));
      if (t.cold(Stage.HTML_COMMIT).isPresent()) {
        t.sum(Stage.HTML_TOTAL, List.of(Stage.HTML, Stage.HTML_RUNBOOKS, Stage.HTML_COMMIT));
      }
    }
    return new Result(timings, cpu, peak, htmlPeak, live(), all.size(), bytes(all), documents, findingCount,
        htmlOutOfMemory, new TreeMap<>(outputBytes), diagrams);
  }

  /**
   * One iteration: the floor, {@code generate}'s stages, each format alone, and the HTML site when asked for; the
   * documents and findings counted. A method of its own, so that nothing of it is held through the next one.
   */
  private int[] iteration(int i, List<Path> all, HeapMeter meter, boolean withHtml, Timings timings, Timings cpu) {
    Path out = scratch.resolve("out-" + i);
    time(timings, cpu, Stage.FLOOR, () -> Floor.parse(all));
    Generated g = generate(request(out, NO_HTML), timings, cpu);
    alone(request(out, NO_HTML), g, timings, cpu);
    diagrams = time(timings, cpu, Stage.DIAGRAMS, () -> diagrams(g.analysis()));
    if (withHtml) {
      meter.window();
      site(request(scratch.resolve("site-" + i), HTML), g, timings, cpu);
      htmlPeak = Math.max(htmlPeak, meter.window());
    }
    return new int[] {g.documents(), g.findings().size()};
  }

  /** What the stages {@code generate} runs leave for the per-format renders and the site (no document is kept). */
  private record Generated(DocsGenerator.Analysis analysis, List<Finding> findings, int documents,
      SortedMap<String, String> runbookTexts) {}

  /**
   * Read, bind, analyze, runbooks, readiness, then the output step: the documents streamed into the staging folder as
   * they are rendered, the runbooks written, the commit. What {@code generate} without HTML does, stage by stage.
   */
  private Generated generate(DocsRequest request, Timings timings, Timings cpu) {
    List<Finding> findings = new ArrayList<>();
    Project project = model(request, findings, timings, cpu);
    DocsGenerator.Analysis analyzed = time(timings, cpu, Stage.ANALYZE,
        () -> generator.analyze(request, project, findings));
    List<Document> runbooks = time(timings, cpu, Stage.RUNBOOKS, () -> generator.runbooks(request, analyzed));
    SortedMap<String, String> runbookTexts = new TreeMap<>(); // the runbook folder is empty: they are as rendered
    runbooks.forEach(d -> runbookTexts.put(d.path(), d.content()));
    DocsGenerator.Analysis analysis = time(timings, cpu, Stage.READINESS,
        () -> generator.readiness(request, analyzed, runbookTexts, findings));
    outputBytes.clear();
    int[] documents = {0};
    try (OutputSession session = new OutputFolder(request.outputDirectory(), path -> true).openWrite()) {
      time(timings, cpu, Stage.RENDER, () -> generator.render(request, analysis, findings, Optional.empty(),
          stage(session, "", documents)));
      time(timings, cpu, Stage.WRITE, () -> {
        generator.runbookFolder(request, new DocsGenerator.Generation(project, analysis.graph(), findings, List.of(),
            runbooks, Optional.empty(), analysis.runbookUnits(), analysis.readiness()));
        return commit(session);
      });
    } catch (IOException e) {
      throw new BenchException("cannot write into " + request.outputDirectory() + ": " + e.getMessage(), e);
    }
    count(runbooks, "runbooks ");
    delete(request.outputDirectory());
    delete(request.runbookDirectory().orElseThrow());
    return new Generated(analysis, findings, documents[0] + runbooks.size(), runbookTexts);
  }

  /**
   * Read, then bind: the project as read is garbage once bound, as in {@code generate} (a local variable here would
   * keep it, a second model, through the output step).
   */
  private Project model(DocsRequest request, List<Finding> findings, Timings timings, Timings cpu) {
    Project read = time(timings, cpu, Stage.MODEL, () -> generator.read(request, findings));
    return time(timings, cpu, Stage.BIND, () -> generator.bind(request, read, findings));
  }

  /** Each format rendered alone, its documents dropped as they are made (model.json written into a null stream). */
  private void alone(DocsRequest request, Generated g, Timings timings, Timings cpu) {
    for (Stage stage : List.of(Stage.ADOC, Stage.MD, Stage.JSON)) {
      Format format = switch (stage) {
        case ADOC -> Format.ADOC;
        case MD -> Format.MD;
        default -> Format.JSON;
      };
      DocsRequest one = request.toBuilder().formats(EnumSet.of(format)).build();
      time(timings, cpu, stage, () -> generator.render(one, g.analysis(), g.findings(), Optional.empty(), d -> {
        if (d.streamed()) { // model.json is made as it is written
          try {
            d.writeTo(java.io.OutputStream.nullOutputStream());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }));
    }
  }

  /**
   * Every diagram the pages show or link, built, laid out and drawn as SVG one after another (the render stages do it on
   * several threads, among the pages): the system diagram and each stack's three levels. Returns how many.
   */
  private static int diagrams(DocsGenerator.Analysis analysis) {
    DiagramSet set = DiagramSet.build(analysis.project(), analysis.graph(), DiagramLevel.DEFAULT, true);
    List<Diagram> diagrams = new ArrayList<>();
    diagrams.add(set.system());
    for (var stack : analysis.project().stacks()) {
      set.stack(stack.name()).ifPresent(d -> {
        for (DiagramLevel level : DiagramLevel.values()) {
          diagrams.add(d.level(level));
        }
      });
    }
    long bytes = 0;
    for (Diagram d : diagrams) {
      bytes += SvgRenderer.render(d).length();
    }
    return bytes < 0 ? -1 : diagrams.size(); // the SVGs used, so the JIT keeps the work
  }

  /**
   * The HTML site into an empty folder, streamed as {@code generate} streams it: its pages rendered from the view,
   * then its runbook pages converted by AsciidoctorJ (what a run where every runbook changed converts; the first run
   * starts JRuby), then the commit.
   */
  private void site(DocsRequest request, Generated g, Timings timings, Timings cpu) {
    SiteSources sources = new SiteSources(g.analysis().coverageViews(), g.runbookTexts(), Optional.empty());
    int[] documents = {0};
    try (OutputSession session = new OutputFolder(request.outputDirectory(), path -> true).openWrite()) {
      Consumer<Document> out = stage(session, "html site ", documents);
      Optional<Site> site = time(timings, cpu, Stage.HTML,
          () -> generator.render(request, g.analysis(), g.findings(), Optional.of(sources), out));
      List<Finding> warnings = new ArrayList<>();
      time(timings, cpu, Stage.HTML_RUNBOOKS, () -> {
        generator.siteAsciiDocPages(request, site, warnings, out);
        return null;
      });
      time(timings, cpu, Stage.HTML_COMMIT, () -> commit(session));
    } catch (IOException e) {
      throw new BenchException("cannot write into " + request.outputDirectory() + ": " + e.getMessage(), e);
    } catch (OutOfMemoryError e) { // reported as such; the other figures are still worth printing
      htmlOutOfMemory = true;
    }
    delete(request.outputDirectory());
  }

  /** Hands each document to the session (its staging folder) and counts its bytes under {@code prefix}. */
  private Consumer<Document> stage(OutputSession session, String prefix, int[] documents) {
    return d -> {
      long size;
      try {
        if (d.streamed()) { // as generate: written straight into the staging folder, never held
          long[] counted = {0};
          session.add(d.path(), o -> d.writeTo(new java.io.FilterOutputStream(o) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              out.write(b, off, len);
              counted[0] += len;
            }

            @Override
            public void write(int b) throws IOException {
              out.write(b);
              counted[0]++;
            }
          }));
          size = counted[0];
        } else {
          byte[] utf8 = d.utf8();
          session.add(new OutputFile(d.path(), utf8));
          size = utf8.length;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      synchronized (outputBytes) {
        outputBytes.merge(prefix + kind(d.path()), size, Long::sum);
        documents[0]++;
      }
    };
  }

  private static Object commit(OutputSession session) {
    try {
      return session.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds the documents' bytes to {@link #outputBytes}, by {@code prefix} and file extension. */
  private void count(List<Document> documents, String prefix) {
    for (Document d : documents) {
      outputBytes.merge(prefix + kind(d.path()), (long) d.utf8().length, Long::sum);
    }
  }

  private static String kind(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.lastIndexOf('.') > 0 ? name.substring(name.lastIndexOf('.') + 1) : name;
  }

  /** The heap taken by what {@code generate} holds through its output step: model, analysis and runbooks. */
  private long live() {
    DocsRequest request = request(scratch.resolve("live"), NO_HTML);
    List<Finding> findings = new ArrayList<>();
    DocsGenerator.Analysis analysis = generator.analyze(request, generator.model(request, findings), findings);
    List<Document> runbooks = generator.runbooks(request, analysis);
    long live = HeapMeter.live();
    // used after the measurement, so the JIT cannot drop them before it
    return runbooks.isEmpty() && analysis.project() == null ? -1 : live;
  }

  private DocsRequest request(Path out, Set<Format> formats) {
    return DocsRequest.builder(input)
        .sourceDirectory(Path.of("templates"))
        .deployedDirectory(Optional.of(Path.of("deployed")))
        .outputDirectory(out)
        .runbookDirectory(Optional.of(out.resolveSibling(out.getFileName() + "-runbooks")))
        .formats(formats)
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

package io.github.stackdocs.pipeline;

import io.github.stackdocs.analyze.findings.CatalogValidator;
import io.github.stackdocs.analyze.findings.GraphValidator;
import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.analyze.findings.ReferenceValidator;
import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.analyze.observability.AlarmResolver;
import io.github.stackdocs.analyze.observability.CoverageAnalyzer;
import io.github.stackdocs.analyze.observability.WatchingAlarm;
import io.github.stackdocs.analyze.readiness.Readiness;
import io.github.stackdocs.analyze.readiness.ReadinessAnalyzer;
import io.github.stackdocs.output.CheckReport;
import io.github.stackdocs.output.MarkerException;
import io.github.stackdocs.output.RegionFolder;
import io.github.stackdocs.output.RegionReport;
import io.github.stackdocs.render.runbook.CoverageView;
import io.github.stackdocs.render.runbook.CoverageViews;
import io.github.stackdocs.render.runbook.RunbookRenderer;
import io.github.stackdocs.render.runbook.RunbookUnit;
import io.github.stackdocs.render.runbook.RunbookUnits;
import io.github.stackdocs.render.runbook.ScenarioLinks;
import io.github.stackdocs.render.gameday.GameDay;
import io.github.stackdocs.render.gameday.GameDays;
import java.util.Map;
import io.github.stackdocs.output.OutputFile;
import io.github.stackdocs.output.OutputFolder;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.output.WriteReport;
import io.github.stackdocs.read.TemplateSource;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import io.github.stackdocs.render.Document;
import io.github.stackdocs.render.DocumentRenderer;
import io.github.stackdocs.render.Format;
import io.github.stackdocs.render.RenderException;
import io.github.stackdocs.render.html.HtmlRenderer;
import io.github.stackdocs.render.site.Site;
import io.github.stackdocs.render.site.SiteMap;
import io.github.stackdocs.render.site.SiteSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The one path from inputs to files: select → read → model → analyze → render → write or check.
 * {@code generate} and {@code check} differ only in the last step. One instance per thread: it keeps
 * its reader and renderers so that several runs (a corpus, a benchmark) pay for their set-up once;
 * close it to stop the AsciiDoc runtime, which is only started when a run asks for HTML.
 */
public final class DocsGenerator implements AutoCloseable {
  private final Log log;
  private final java.util.function.Supplier<HtmlRenderer> htmlRenderers;
  private final String toolVersion;
  private final ProjectReader projects = new ProjectReader();
  private DocumentRenderer renderer;
  private HtmlRenderer html;
  private Optional<java.nio.file.Path> rendererTemplates = Optional.empty();

  public DocsGenerator(Log log) {
    this(log, HtmlRenderer::new);
  }

  /** With the HTML renderer's factory replaced (tests prove it is not called when HTML is not asked for). */
  DocsGenerator(Log log, java.util.function.Supplier<HtmlRenderer> htmlRenderers) {
    this(log, htmlRenderers, ToolVersion.current());
  }

  /** With the version stamps record replaced (tests of a changed stackdocs build). */
  DocsGenerator(Log log, java.util.function.Supplier<HtmlRenderer> htmlRenderers, String toolVersion) {
    this.log = log;
    this.htmlRenderers = htmlRenderers;
    this.toolVersion = toolVersion;
  }

  /**
   * Runs the pipeline.
   *
   * @throws InvalidInputException when findings reach the {@code failOn} threshold (nothing written)
   * @throws StaleDocsException in CHECK mode when the folder differs from the generated documents
   * @throws StackdocsException for I/O failures and other breakage
   */
  public DocsResult run(DocsRequest request) {
    long start = System.nanoTime();
    Optional<Incremental> incremental = Incremental.begin(request, toolVersion);
    Optional<Stamp> unchanged = incremental.flatMap(i -> i.upToDate(ManagedPaths.of(request.formats())));
    if (unchanged.isPresent()) {
      Stamp s = unchanged.get();
      return new DocsResult(s.stacks(), s.resources(), s.files(), s.findings(), request.outputDirectory(),
          Optional.empty(), Optional.empty(), (System.nanoTime() - start) / 1_000_000, Optional.empty(),
          request.runbookDirectory(), Optional.of(incremental.get().inputCount()));
    }
    List<Finding> found = new ArrayList<>();
    Project project = model(request, found);
    Prepared prepared = prepare(request, project, found);
    Analysis analysis = prepared.analysis();
    List<GameDay> gameDays = prepared.gameDays();
    List<Document> runbooks = prepared.runbooks();
    java.util.SortedMap<String, String> runbookTexts = prepared.runbookTexts();
    List<Finding> findings = new ArrayList<>(found.stream().sorted().toList());
    boolean failing = request.failOn().threshold()
        .map(t -> findings.stream().anyMatch(f -> f.severity().atLeast(t))).orElse(false);
    if (failing) {
      DocsResult result = result(request, project, 0, findings, Optional.empty(), Optional.empty(), start,
          Optional.empty());
      throw new InvalidInputException("problems at or above failOn=" + request.failOn() + "; nothing was written."
          + " Fix them, or set failOn to " + (request.failOn() == FailOn.ERROR ? "NEVER" : "ERROR")
          + " to document anyway", result);
    }
    Optional<Injection.Report> injected = request.mode() == WriteMode.WRITE
        ? inject(request, analysis.project(), analysis.graph(), findings, analysis.readiness()) // broken markers: no docs
        : Optional.empty();
    Optional<SiteSources> site = siteSources(request, analysis, runbookTexts);
    List<io.github.stackdocs.analyze.readiness.CheckResult> gate = request.readinessFailOn().threshold()
        .map(t -> analysis.readiness().failing(t)).orElse(List.of());
    // a failed gate leaves no stamp, so the next run checks again
    Output output = output(request, analysis, found, findings, runbooks, gameDays, site, gate.isEmpty() ? incremental
        : Optional.empty());
    if (request.mode() == WriteMode.CHECK) {
      injected = inject(request, analysis.project(), analysis.graph(), findings, analysis.readiness());
    }
    injected.ifPresent(r -> log.info("stackdocs: injected " + r.summary(request.mode())));
    DocsResult result = result(request, project, output.files(), findings, output.written(), output.checked(), start,
        output.runbooks(), analysis.readiness());
    boolean runbooksStale = output.runbooks().isPresent() && !output.runbooks().get().upToDate();
    if (output.checked().isPresent() && (!output.checked().get().upToDate() || runbooksStale)) {
      throw new StaleDocsException(StaleDocsMessage.of(request.outputDirectory(), output.checked().get(),
          request.runbookDirectory().orElse(null), output.runbooks().orElse(null))
          + injected.filter(r -> !r.upToDate()).map(r -> "\n" + Injection.staleMessage(r, StaleDocsException.FIX))
              .orElse(""), result);
    }
    if (injected.isPresent() && !injected.get().upToDate() && request.mode() == WriteMode.CHECK) {
      throw new StaleDocsException(Injection.staleMessage(injected.get(), StaleDocsException.FIX), result);
    }
    if (!gate.isEmpty()) {
      throw new ReadinessGateException(request.readinessFailOn(), gate, result);
    }
    if (!gate.isEmpty()) {
      throw new ReadinessGateException(request.readinessFailOn(), gate, result);
    }
    return result;
  }

  /** What the output step of {@link #run} did: the documents' count, the write or check, the runbook folder. */
  private record Output(int files, Optional<WriteReport> written, Optional<CheckReport> checked,
      Optional<RegionReport> runbooks) {}

  /**
   * The output step of {@link #run}: the documents are rendered straight into the output folder's staging folder
   * (WRITE) or compared with it (CHECK) one at a time, so that none is held until the last is ready; the runbook
   * folder is written or checked once they all are, then the pages converted from AsciiDoc follow and a write is
   * committed. A failure before the commit (a template, a runbook with broken markers) leaves the output folder as it
   * was. {@code found}: the findings as the analysis found them (what the pages show); {@code findings}: sorted, with
   * Asciidoctor's warnings added here.
   */
  private Output output(DocsRequest request, Analysis analysis, List<Finding> found, List<Finding> findings,
      List<Document> runbooks, List<GameDay> gameDays, Optional<SiteSources> site,
      Optional<Incremental> incremental) {
    OutputFolder folder = outputFolder(request);
    boolean write = request.mode() == WriteMode.WRITE;
    java.util.SortedMap<String, String> hashes = java.util.Collections.synchronizedSortedMap(new java.util.TreeMap<>());
    try (io.github.stackdocs.output.OutputSession session = write ? folder.openWrite()
        : folder.openCheck(request.maxDiffLines())) {
      java.util.function.Consumer<Document> out = d -> {
        try {
          if (d.streamed()) { // too large to hold: written straight into the staging folder
            hashes.put(d.path(), session.add(d.path(), d::writeTo));
          } else {
            hashes.put(d.path(), Hashes.bytes(d.utf8()));
            session.add(new OutputFile(d.path(), d.utf8()));
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      };
      SiteOutputs.Rendered rendered = new SiteOutputs.Rendered(request.formats(), out);
      Optional<Site> built = render(request, analysis, found, site, rendered);
      gameDays.forEach(g -> out.accept(new Document(g.path(), g.yaml())));
      Optional<RegionReport> runbookReport = runbookFolder(request, analysis.project(), analysis.runbookUnits(),
          runbooks);
      runbookReport.ifPresent(r -> r.warnings().forEach(log::warn));
      Map<String, String> clean = SiteOutputs.finish(request, built, rendered, findings, incremental, this::html,
          renderer(request.templateDirectory()).htmlPages(), out);
      if (!write) {
        return new Output(session.files(), Optional.empty(), Optional.of(session.checked()), runbookReport);
      }
      WriteReport report = session.commit();
      report.warnings().forEach(log::warn);
      saveStamp(incremental, analysis.project(), hashes, clean, findings);
      return new Output(session.files(), Optional.of(report), Optional.empty(), runbookReport);
    } catch (IOException | UncheckedIOException e) {
      throw new StackdocsException("could not " + (write ? "write" : "read") + " the documents in "
          + request.outputDirectory() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Only the injection ({@code stackdocs:inject}): reads and analyzes the inputs and fills (WRITE) or checks (CHECK)
   * the regions of the request's {@code injectFiles}, writing no documents; the summary line.
   *
   * @throws InvalidInputException when findings reach the {@code failOn} threshold (nothing written)
   * @throws StaleDocsException in CHECK mode when a region is out of date
   */
  public String injectOnly(DocsRequest request) {
    long start = System.nanoTime();
    if (request.injectFiles().isEmpty()) {
      throw new ConfigurationException("injectFiles", "no file to inject into; name one or more Markdown or AsciiDoc"
          + " files with stackdocs:begin/end markers (a README)");
    }
    List<Finding> findings = new ArrayList<>();
    Project project = model(request, findings);
    Analysis analysis = prepare(request, project, findings).analysis();
    List<Finding> sorted = findings.stream().sorted().toList();
    DocsResult result = result(request, project, 0, sorted, Optional.empty(), Optional.empty(), start,
        Optional.empty());
    if (request.failOn().threshold().map(t -> sorted.stream().anyMatch(f -> f.severity().atLeast(t))).orElse(false)) {
      throw new InvalidInputException("problems at or above failOn=" + request.failOn() + "; nothing was injected."
          + " Fix them, or set failOn to " + (request.failOn() == FailOn.ERROR ? "NEVER" : "ERROR")
          + " to inject anyway", result);
    }
    Injection.Report report = inject(request, project, analysis.graph(), sorted, analysis.readiness()).orElseThrow();
    if (request.mode() == WriteMode.CHECK && !report.upToDate()) {
      throw new StaleDocsException(Injection.staleMessage(report, StaleDocsException.FIX), result);
    }
    return "injected " + report.summary(request.mode());
  }

  /** Fills or checks the request's {@code injectFiles}; empty when it names none. */
  private Optional<Injection.Report> inject(DocsRequest request, Project project, DependencyGraph graph,
      List<Finding> findings, io.github.stackdocs.analyze.readiness.Readiness readiness) {
    if (request.injectFiles().isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Injection.run(request, renderer(request.templateDirectory()).injectSections(project, graph,
          List.copyOf(findings), request.showCdkInternals(), request.diagramLevel(), readiness), log));
    } catch (RenderException e) {
      throw templateFailure(request, e);
    }
  }

  /** Records the run for the next one; a stamp that cannot be written only costs the next run its shortcut. */
  private void saveStamp(Optional<Incremental> incremental, Project project, java.util.SortedMap<String, String> outputs,
      Map<String, String> cleanHtml, List<Finding> findings) {
    if (incremental.isEmpty()) {
      return;
    }
    try {
      incremental.get().save(project, outputs, cleanHtml, findings);
    } catch (IOException | UncheckedIOException e) {
      log.warn("could not record the stamp " + e.getMessage() + "; the next run does all the work again");
    }
  }

  /**
   * The output stage of {@link #run} in WRITE mode: the documents into the output folder (changed and new files
   * written, managed files no longer generated deleted).
   */
  public WriteReport write(DocsRequest request, List<Document> documents) {
    try {
      WriteReport report = outputFolder(request).write(outputFiles(documents));
      report.warnings().forEach(log::warn);
      return report;
    } catch (IOException | UncheckedIOException e) {
      throw new StackdocsException("could not write the documents in " + request.outputDirectory() + ": "
          + e.getMessage(), e);
    }
  }

  private static OutputFolder outputFolder(DocsRequest request) {
    return new OutputFolder(request.outputDirectory(), ManagedPaths.of(request.formats()));
  }

  private static List<OutputFile> outputFiles(List<Document> documents) {
    return documents.stream().map(d -> new OutputFile(d.path(), d.utf8())).sorted().toList();
  }

  /**
   * Writes or checks the runbooks, before the documents: a runbook with broken markers stops the run with
   * nothing written anywhere. Public so the stages can be timed one by one (the benchmark harness).
   */
  public Optional<RegionReport> runbookFolder(DocsRequest request, Generation generation) {
    return runbookFolder(request, generation.project(), generation.runbookUnits(), generation.runbooks());
  }

  private Optional<RegionReport> runbookFolder(DocsRequest request, Project project, List<RunbookUnit> units,
      List<Document> runbooks) {
    if (request.runbookDirectory().isEmpty()) {
      return Optional.empty();
    }
    java.nio.file.Path dir = request.runbookDirectory().get();
    RegionFolder folder = new RegionFolder(dir, RunbookRenderer::isRunbookPath,
        RunbookRenderer.orphanBanner(project, units));
    List<OutputFile> files = runbooks.stream().map(d -> new OutputFile(d.path(), d.utf8())).toList();
    try {
      return Optional.of(request.mode() == WriteMode.WRITE ? folder.write(files)
          : folder.check(files, request.maxDiffLines()));
    } catch (MarkerException e) {
      throw MalformedRunbookException.of(e, request.mode());
    } catch (IOException | UncheckedIOException e) {
      throw new StackdocsException("could not " + (request.mode() == WriteMode.WRITE ? "write" : "read")
          + " the runbooks in " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Everything up to the output step, in memory: {@link #model}, {@link #analyze}, the runbooks, the doc site's
   * inputs, and {@link #render} AsciiDoc, Markdown, HTML, diagrams and JSON (AsciiDoc also when only Antora is asked
   * for: the component is made from it in {@link #run}, once the findings allow writing). {@code generate} and {@code check} both start here.
   */
  public Generation generate(DocsRequest request) {
    List<Finding> findings = new ArrayList<>();
    Project project = model(request, findings);
    Prepared prepared = prepare(request, project, findings);
    Analysis analysis = prepared.analysis();
    List<Document> documents = java.util.Collections.synchronizedList(new ArrayList<>());
    Optional<Site> site = render(request, analysis, findings, siteSources(request, analysis,
        prepared.runbookTexts()), documents::add);
    prepared.gameDays().forEach(g -> documents.add(new Document(g.path(), g.yaml())));
    return new Generation(project, analysis.graph(), findings.stream().sorted().toList(),
        documents.stream().sorted().toList(), prepared.runbooks(), site, analysis.runbookUnits(),
        analysis.readiness());
  }

  /**
   * What {@link #run}, {@link #generate} and {@link #injectOnly} share after the model: the analysis with its
   * readiness scorecards, the game-day stubs, the runbooks (linking the stubs) and the runbooks' texts as this run
   * leaves them (what readiness and the site read).
   */
  private record Prepared(Analysis analysis, List<GameDay> gameDays, List<Document> runbooks,
      java.util.SortedMap<String, String> runbookTexts) {}

  private Prepared prepare(DocsRequest request, Project project, List<Finding> findings) {
    Analysis analyzed = analyze(request, project, findings);
    List<GameDay> gameDays = gameDays(request, analyzed);
    List<Document> runbooks = runbooks(request, analyzed, gameDays);
    java.util.SortedMap<String, String> runbookTexts = SiteInputs.runbooks(request, runbooks, project,
        analyzed.runbookUnits());
    return new Prepared(readiness(request, analyzed, runbookTexts, findings), gameDays, runbooks, runbookTexts);
  }

  /** The doc site's inputs when a site format is asked for. */
  private Optional<SiteSources> siteSources(DocsRequest request, Analysis analysis,
      java.util.SortedMap<String, String> runbookTexts) {
    return SiteInputs.wanted(request) ? Optional.of(SiteInputs.read(request, analysis.coverage(),
        analysis.runbookUnits(), runbookTexts, log)) : Optional.empty();
  }

  /**
   * The rendering of {@link #generate} and {@link #run}: every document {@code request}'s formats need (AsciiDoc also
   * when only Antora is asked for: the component is made from it) handed to {@code out} as it is made, in no defined
   * order, diagrams' drawings kept in the SVG cache beside the stamp. {@code out} must be thread-safe. Public so the
   * stages can be timed one by one as {@link #run} streams them (the benchmark harness).
   */
  public Optional<Site> render(DocsRequest request, Analysis analysis, List<Finding> findings,
      Optional<SiteSources> site, java.util.function.Consumer<Document> out) {
    Set<Format> rendered = EnumSet.copyOf(request.formats()); // with HTML, the renderer adds the site's pages
    if (rendered.contains(Format.ANTORA)) {
      rendered.add(Format.ADOC);
    }
    Optional<SvgCacheFolder> svgCache = request.stampFile().map(f -> new SvgCacheFolder(SvgCacheFolder.beside(f),
        toolVersion));
    DocumentRenderer renderer = renderer(request.templateDirectory());
    renderer.svgCache(svgCache.map(c -> (io.github.stackdocs.render.diagram.SvgCache) c)
        .orElse(io.github.stackdocs.render.diagram.SvgCache.NONE));
    Optional<Site> built;
    try {
      built = renderer.render(analysis.project(), analysis.graph(), List.copyOf(findings), rendered,
          request.showCdkInternals(), analysis.coverageViews(), site, request.diagramLevel(), analysis.readiness(),
          out);
    } catch (RenderException e) {
      throw templateFailure(request, e);
    } finally {
      renderer.svgCache(io.github.stackdocs.render.diagram.SvgCache.NONE);
    }
    svgCache.ifPresent(SvgCacheFolder::prune);
    return built;
  }

  /**
   * The runbook stage of {@link #generate}: every runbook as this run renders it (nothing when the request has no
   * runbook folder); merging them into the folder is part of the output step. Public so the stages can be timed
   * one by one (the benchmark harness).
   */
  public List<Document> runbooks(DocsRequest request, Analysis analysis) {
    return runbooks(request, analysis, gameDays(request, analysis));
  }

  /** As above, with the failure scenarios linking these game-day stubs. */
  private List<Document> runbooks(DocsRequest request, Analysis analysis, List<GameDay> gameDays) {
    if (request.runbookDirectory().isEmpty()) {
      return List.of();
    }
    try {
      return renderer(request.templateDirectory()).runbooks(analysis.project(), analysis.graph(), analysis.alarms(),
          analysis.runbookUnits(), scenarioLinks(request, gameDays));
    } catch (RenderException e) {
      throw templateFailure(request, e);
    }
  }

  /**
   * The game-day stage: an AWS FIS experiment template stub per runbook failure scenario FIS can rehearse, written
   * under the output folder's {@code gamedays/} (none without runbooks, or a runbook folder the site shows, which
   * link them). Never run.
   */
  static List<GameDay> gameDays(DocsRequest request, Analysis analysis) {
    if (request.runbookDirectory().isEmpty() && request.siteRunbookDirectory().isEmpty()) {
      return List.of();
    }
    return GameDays.of(analysis.project(), analysis.graph(), analysis.alarms(), analysis.runbookUnits());
  }

  /** How a runbook file reaches the output folder's game days: {@code ../<runbook folder → output folder>/gamedays}. */
  static ScenarioLinks scenarioLinks(DocsRequest request, List<GameDay> gameDays) {
    if (gameDays.isEmpty() || request.runbookDirectory().isEmpty()) {
      return ScenarioLinks.NONE;
    }
    String relative;
    try {
      relative = request.runbookDirectory().get().toAbsolutePath().normalize()
          .relativize(request.outputDirectory().toAbsolutePath().normalize()).toString().replace('\\', '/');
    } catch (IllegalArgumentException e) {
      return ScenarioLinks.NONE; // another drive or file system root: no relative link exists
    }
    Map<String, Map<String, String>> byRunbook = new java.util.TreeMap<>();
    for (GameDay g : gameDays) {
      byRunbook.computeIfAbsent(g.runbookPath(), k -> new java.util.TreeMap<>()).put(g.scenario(),
          ScenarioLinks.linkPath(g.path().substring(GameDay.FOLDER.length() + 1)));
    }
    return new ScenarioLinks("../" + (relative.isEmpty() ? "" : relative + "/") + GameDay.FOLDER, byRunbook);
  }

  /**
   * The reading and binding stages of {@link #generate}: {@link #read}, then {@link #bind}; their problems go to
   * {@code findings}.
   */
  public Project model(DocsRequest request, List<Finding> findings) {
    return bind(request, read(request, findings), findings);
  }

  /**
   * The reading stage: the selected templates, the cloud assembly and nested stacks, as written; reading problems go
   * to {@code findings}. Public so the stages can be timed one by one (the benchmark harness).
   */
  public Project read(DocsRequest request, List<Finding> findings) {
    List<TemplateSource> sources = new InputSelection(request).select(findings);
    if (sources.isEmpty() && request.cdkOutDirectory().isEmpty() && request.terraform().isEmpty()) {
      log.warn("no CloudFormation templates found in " + request.sourceDirectory()
          + " (includes " + request.includes() + "); configure sourceDirectory, includes or templates");
    }
    return projects.read(request, sources, findings);
  }

  /**
   * The binding stage: the project bound to each environment (with its deployed state and parameter values), the
   * selected one's stacks kept as the project, and the annotations resolved on them; problems go to {@code
   * findings}. Public so the stages can be timed one by one (the benchmark harness).
   */
  public Project bind(DocsRequest request, Project read, List<Finding> findings) {
    Project project = EnvironmentBinding.bind(request, read, findings);
    return ProjectReader.withAnnotations(request, project, findings);
  }

  /**
   * The analysis stage of {@link #generate}: dependency graph, reference, catalog and graph validation, drift,
   * deployed-template comparison, alarm coverage. Its findings go to {@code findings}.
   */
  public Analysis analyze(DocsRequest request, Project project, List<Finding> findings) {
    DependencyGraph graph = DependencyGraph.build(project);
    ReferenceValidator references = new ReferenceValidator();
    CatalogValidator types = new CatalogValidator(ResourceCatalog.bundled(), request.validationSeverity());
    for (Stack stack : project.stacks()) {
      findings.addAll(references.validate(stack));
      if (!stack.terraform()) { // Terraform attributes without a CloudFormation property keep their own names
        findings.addAll(types.validate(stack));
      }
    }
    findings.addAll(new GraphValidator().validate(project, graph));
    findings.addAll(new DriftFindings(new CfnTemplateReader(request.limits())).of(project));
    Map<NodeId, List<WatchingAlarm>> alarms = AlarmResolver.resolve(project, graph);
    CoverageAnalyzer.Result coverage = new CoverageAnalyzer().analyze(project, alarms);
    findings.addAll(coverage.findings());
    List<RunbookUnit> runbookUnits = RunbookUnits.of(project, graph);
    Map<NodeId, String> runbookPaths = RunbookUnits.paths(runbookUnits);
    List<CoverageView> coverageViews = CoverageViews.build(coverage.coverage(),
        request.runbookDirectory().isPresent() ? runbookPaths : Map.of(), runbookLinks(request));
    return new Analysis(project, graph, alarms, coverage.coverage(), coverageViews, runbookUnits, Readiness.NONE);
  }

  /**
   * The readiness stage of {@link #generate}, after the runbooks: the analysis with its readiness scorecards, checked
   * against the runbooks as this run leaves them ({@code runbookTexts}, see {@link SiteInputs#runbooks}); problems of
   * the annotations file's waivers go to {@code findings}. Public so the stages can be timed one by one.
   */
  public Analysis readiness(DocsRequest request, Analysis analysis, java.util.SortedMap<String, String> runbookTexts,
      List<Finding> findings) {
    ReadinessAnalyzer.Result readiness = new ReadinessAnalyzer().analyze(analysis.project(), analysis.alarms(),
        analysis.coverage(), ReadinessRunbooks.of(request, analysis.runbookUnits(), runbookTexts));
    findings.addAll(readiness.findings());
    return new Analysis(analysis.project(), analysis.graph(), analysis.alarms(), analysis.coverage(),
        analysis.coverageViews(), analysis.runbookUnits(), readiness.readiness());
  }

  /**
   * What {@link #analyze} found besides findings: the project it analyzed, its graph, alarms, observability coverage
   * (as found, and as the index shows it), the runbook units and the readiness scorecards ({@link Readiness#NONE}
   * until {@link #readiness} adds them).
   */
  public record Analysis(Project project, DependencyGraph graph, Map<NodeId, List<WatchingAlarm>> alarms,
      List<io.github.stackdocs.analyze.observability.Coverage> coverage, List<CoverageView> coverageViews,
      List<RunbookUnit> runbookUnits, Readiness readiness) {}

  /**
   * The rendering stage of {@link #generate} for {@code formats}: pages of AsciiDoc and Markdown, diagrams,
   * model.json, and for HTML the site's assets only ({@link #html} makes the pages). Sorted by path.
   */
  public List<Document> render(DocsRequest request, Analysis analysis, List<Finding> findings, Set<Format> formats) {
    return render(request, analysis, findings, formats, Optional.empty()).documents();
  }

  /** As above; with {@code site}, the doc site's own AsciiDoc pages and map too. */
  public DocumentRenderer.Rendered render(DocsRequest request, Analysis analysis, List<Finding> findings,
      Set<Format> formats, Optional<SiteSources> site) {
    try {
      return renderer(request.templateDirectory()).render(analysis.project(), analysis.graph(), List.copyOf(findings),
          formats, request.showCdkInternals(), analysis.coverageViews(), site, request.diagramLevel(),
          analysis.readiness());
    } catch (RenderException e) {
      throw templateFailure(request, e);
    }
  }

  /**
   * The HTML site's pages of what people write in AsciiDoc (runbooks, change log) for {@code site} as {@link #render}
   * returned it, converted a batch at a time and handed to {@code out}, as {@link #run} does without a stamp (every
   * page converted; the AsciiDoc runtime starts on first use); nothing when the request's formats lack HTML. Not for
   * a request with Antora (its component is made from the documents {@link #run} rendered). Asciidoctor's warnings go to {@code findings}. Public so
   * the stages can be timed one by one (the benchmark harness).
   */
  public void siteAsciiDocPages(DocsRequest request, Optional<Site> site, List<Finding> findings,
      java.util.function.Consumer<Document> out) {
    SiteOutputs.finish(request, site, new SiteOutputs.Rendered(request.formats(), out), findings, Optional.empty(),
        this::html, renderer(request.templateDirectory()).htmlPages(), out);
  }

  /**
   * The HTML bodies and titles of AsciiDoc documents people write (runbooks, change log); Asciidoctor's warnings go
   * to {@code findings}. Starts the AsciiDoc runtime on first use (never for no document); {@link #close} stops it.
   */
  public List<HtmlRenderer.Fragment> html(List<Document> adoc, List<Finding> findings) {
    if (adoc.isEmpty()) {
      return List.of();
    }
    if (html == null) {
      html = htmlRenderers.get();
    }
    return html.convert(adoc, findings);
  }

  /**
   * The names of the stacks {@code generate} would document at the top level (nested stacks are left out: their
   * deployed names are CloudFormation's), in the project's order; nothing is rendered. The {@code snapshot} goal's
   * default stack list.
   */
  public List<String> stackNames(DocsRequest request) {
    List<Finding> findings = new ArrayList<>();
    Project project = projects.read(request, findings);
    return project.stacks().stream().filter(s -> s.nestedIn().isEmpty()).map(Stack::name).toList();
  }

  /**
   * The in-memory result of {@link #generate}: model, graph, sorted findings, sorted documents and sorted runbooks
   * (paths relative to the runbook folder; empty when runbooks are off), the doc site's own pages and map when a
   * site format is asked for, and the runbook units (what each runbook covers).
   */
  public record Generation(Project project, DependencyGraph graph, List<Finding> findings, List<Document> documents,
      List<Document> runbooks, Optional<Site> site, List<RunbookUnit> runbookUnits, Readiness readiness) {}

  /** How the index reaches the runbook folder from the output folder; empty when runbooks are off. */
  static Optional<CoverageViews.RunbookLinks> runbookLinks(DocsRequest request) {
    return request.runbookDirectory().map(dir -> {
      String relative;
      try {
        relative = request.outputDirectory().relativize(dir).toString().replace('\\', '/');
      } catch (IllegalArgumentException e) {
        relative = ""; // another drive or file system root: no relative link exists
      }
      String shown = dir.startsWith(request.baseDirectory())
          ? request.baseDirectory().relativize(dir).toString().replace('\\', '/') : dir.toString();
      return CoverageViews.RunbookLinks.of(relative, shown);
    });
  }

  /**
   * Only the reading step of {@link #generate}: the selected templates, the cloud assembly and nested stacks, as
   * one project (the {@code diff} goal's current inputs, and a baseline folder laid out like the project).
   * Reading problems go to {@code findings}; no analysis.
   */
  Project readProject(DocsRequest request, List<Finding> findings) {
    return projects.read(request, findings);
  }

  /** Stops the AsciiDoc runtime if a run started it. */
  @Override
  public void close() {
    if (html != null) {
      html.close();
      html = null;
    }
  }

  /** A user's override template failing is their problem; a built-in one failing is ours. */
  private static StackdocsException templateFailure(DocsRequest request, RenderException e) {
    Optional<java.nio.file.Path> own = request.templateDirectory()
        .filter(dir -> !e.templateName().isEmpty())
        .map(dir -> dir.resolve(e.templateName()))
        .filter(java.nio.file.Files::isRegularFile);
    if (own.isPresent()) {
      return new TemplateOverrideException("your template " + own.get() + " failed: " + e.getMessage()
          + ". Fix it; 'mvn stackdocs:export-templates' writes the built-in templates to compare with", e);
    }
    return new StackdocsException("a built-in template failed: " + e.getMessage(), e);
  }

  /** The renderer, built on first use and kept for later runs with the same template folder. */
  private DocumentRenderer renderer(Optional<java.nio.file.Path> templateDirectory) {
    if (renderer == null || !rendererTemplates.equals(templateDirectory)) {
      renderer = new DocumentRenderer(templateDirectory);
      rendererTemplates = templateDirectory;
    }
    return renderer;
  }

  private static DocsResult result(DocsRequest request, Project project, int files, List<Finding> findings,
      Optional<WriteReport> written, Optional<CheckReport> checked, long start, Optional<RegionReport> runbooks) {
    return result(request, project, files, findings, written, checked, start, runbooks, Readiness.NONE);
  }

  private static DocsResult result(DocsRequest request, Project project, int files, List<Finding> findings,
      Optional<WriteReport> written, Optional<CheckReport> checked, long start, Optional<RegionReport> runbooks,
      Readiness readiness) {
    return new DocsResult(project.stacks().size(), project.resourceCount(), files, findings,
        request.outputDirectory(), written, checked, (System.nanoTime() - start) / 1_000_000, runbooks,
        request.runbookDirectory(), Optional.empty(),
        readiness.stacks().isEmpty() ? Optional.empty() : Optional.of(readiness.score()));
  }
}

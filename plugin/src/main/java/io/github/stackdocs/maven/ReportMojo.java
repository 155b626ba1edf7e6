package io.github.stackdocs.maven;

import io.github.stackdocs.model.Severity;
import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.pipeline.DocsRequest;
import io.github.stackdocs.pipeline.DocsResult;
import io.github.stackdocs.render.Format;
import java.io.File;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The stackdocs pages in the project's Maven site: listed under Project Reports by {@code mvn site}, as a page that
 * summarises the documentation and links to the HTML site, which it writes to {@code stackdocs/} in the site's
 * folder. Run alone ({@code mvn stackdocs:report}) it writes that HTML site only. It reads the same inputs as
 * {@code generate}, always writes HTML, never writes the runbooks (it shows them as they are).
 *
 * @since 0.1.0
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, threadSafe = true, requiresProject = true)
public class ReportMojo extends AbstractStackdocsMojo implements MavenReport {
  /** The folder of the HTML site inside the Maven site. */
  static final String FOLDER = "stackdocs";
  /** The report page's name (without {@code .html}). */
  static final String OUTPUT_NAME = "stackdocs-report";

  /** The Maven site's folder; the site plugin sets it. */
  @Parameter(defaultValue = "${project.reporting.outputDirectory}", readonly = true, required = true)
  private File reportOutputDirectory;

  /**
   * Skips this goal only (the report is then left out of the site).
   *
   * @since 0.1.0
   */
  @Parameter(property = PropertyNames.REPORT_SKIP, defaultValue = "false")
  private boolean reportSkip;

  private DocsResult result;

  @Override
  protected WriteMode mode() {
    return WriteMode.WRITE;
  }

  @Override
  protected boolean skipGoal() {
    return reportSkip;
  }

  @Override
  void run(DocsRequest request, MavenLog log) {
    result = runDocs(request.toBuilder().outputDirectory(siteFolder().toPath()).formats(EnumSet.of(Format.HTML))
        .runbookDirectory(Optional.empty()).build(), log);
  }

  private File siteFolder() {
    return new File(reportOutputDirectory, FOLDER);
  }

  /** Called by the site plugin: writes the HTML site, then the report page into {@code sink}. */
  @Override
  public void generate(Sink sink, Locale locale) throws MavenReportException {
    try {
      execute();
    } catch (MojoExecutionException | MojoFailureException e) {
      throw new MavenReportException(e.getMessage(), e);
    }
    page(sink, locale);
  }

  private void page(Sink sink, Locale locale) {
    sink.head();
    sink.title();
    sink.text(getName(locale));
    sink.title_();
    sink.head_();
    sink.body();
    sink.section1();
    sink.sectionTitle1();
    sink.text(getName(locale));
    sink.sectionTitle1_();
    sink.paragraph();
    if (result == null) {
      sink.text("Skipped (stackdocs.skip or stackdocs.report.skip is set).");
      sink.paragraph_();
    } else {
      sink.text(result.stacks() + (result.stacks() == 1 ? " stack, " : " stacks, ") + result.resources()
          + " resources; " + result.count(Severity.ERROR) + " errors, " + result.count(Severity.WARN) + " warnings. ");
      link(sink, FOLDER + "/index.html", "Open the documentation");
      sink.text(" (stacks, resources, runbooks, findings; searchable, works offline).");
      sink.paragraph_();
      List<String> stacks = pages("stacks/");
      if (!stacks.isEmpty()) {
        sink.paragraph();
        sink.text("Stacks:");
        sink.paragraph_();
        sink.list();
        for (String page : stacks) {
          sink.listItem();
          link(sink, FOLDER + "/" + page, page.substring("stacks/".length(), page.length() - ".html".length()));
          sink.listItem_();
        }
        sink.list_();
      }
      sink.paragraph();
      link(sink, FOLDER + "/findings.html", "Findings");
      sink.text(": " + result.findings().size() + ".");
      sink.paragraph_();
    }
    sink.section1_();
    sink.body_();
    sink.flush();
    sink.close();
  }

  private static void link(Sink sink, String href, String text) {
    sink.link(href);
    sink.text(text);
    sink.link_();
  }

  /** The HTML pages under {@code folder} that the run wrote or left unchanged, sorted. */
  private List<String> pages(String folder) {
    List<String> all = new ArrayList<>();
    result.written().ifPresent(w -> Stream.of(w.written(), w.unchanged()).forEach(all::addAll));
    return all.stream().filter(p -> p.startsWith(folder) && p.endsWith(".html")).sorted().toList();
  }

  @Override
  public String getOutputName() {
    return OUTPUT_NAME;
  }

  @Override
  public String getCategoryName() {
    return CATEGORY_PROJECT_REPORTS;
  }

  @Override
  public String getName(Locale locale) {
    return "Infrastructure documentation";
  }

  @Override
  public String getDescription(Locale locale) {
    return "CloudFormation and CDK stacks, resources, runbooks and findings, documented by stackdocs.";
  }

  @Override
  public void setReportOutputDirectory(File outputDirectory) {
    reportOutputDirectory = outputDirectory;
  }

  @Override
  public File getReportOutputDirectory() {
    return reportOutputDirectory;
  }

  @Override
  public boolean isExternalReport() {
    return false;
  }

  @Override
  public boolean canGenerateReport() {
    return true;
  }
}

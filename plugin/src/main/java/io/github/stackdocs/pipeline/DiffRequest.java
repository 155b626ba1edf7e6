package io.github.stackdocs.pipeline;

import io.github.stackdocs.analyze.diff.DiffOptions;
import java.util.Optional;

/**
 * One change-log run: the current inputs (the file settings of {@code inputs}: base, source directory,
 * includes, excludes, templates; and its output directory), the baseline, the risk gate, and where stackdocs'
 * own docs are published ({@code docsUrl}: a URL or a path relative to {@code changes.md}; resources in
 * {@code changes.md} then link to {@code <docsUrl>/stacks/<page>.html#<anchor>}), and the AsciiDoc change log
 * an entry is appended to ({@code appendChangelog}, relative to the base directory), and what the change log shows
 * or leaves out ({@code options}).
 */
public record DiffRequest(DocsRequest inputs, Baseline baseline, FailOnRisk failOnRisk, Optional<String> docsUrl,
    Optional<java.nio.file.Path> appendChangelog, DiffOptions options) {
  public DiffRequest {
    options = options == null ? DiffOptions.DEFAULT : options;
    appendChangelog = appendChangelog == null ? Optional.empty()
        : appendChangelog.map(p -> inputs.baseDirectory().resolve(p).normalize());
    failOnRisk = failOnRisk == null ? FailOnRisk.NONE : failOnRisk;
    docsUrl = docsUrl == null ? Optional.empty() : docsUrl.map(String::strip).filter(u -> !u.isEmpty())
        .map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u);
    docsUrl.ifPresent(u -> {
      if (!u.matches("[^\\s()\\[\\]<>`]+")) {
        throw new ConfigurationException("docsUrl", "'" + u + "' is not usable as a link base; give a URL or"
            + " relative path without spaces, brackets, parentheses or angle brackets (encode them as %20 etc.)");
      }
    });
  }

  /** Without links to the docs. */
  public DiffRequest(DocsRequest inputs, Baseline baseline, FailOnRisk failOnRisk) {
    this(inputs, baseline, failOnRisk, Optional.empty());
  }

  /** With the default {@link DiffOptions}. */
  public DiffRequest(DocsRequest inputs, Baseline baseline, FailOnRisk failOnRisk, Optional<String> docsUrl,
      Optional<java.nio.file.Path> appendChangelog) {
    this(inputs, baseline, failOnRisk, docsUrl, appendChangelog, DiffOptions.DEFAULT);
  }

  /** Without a change-log file. */
  public DiffRequest(DocsRequest inputs, Baseline baseline, FailOnRisk failOnRisk, Optional<String> docsUrl) {
    this(inputs, baseline, failOnRisk, docsUrl, Optional.empty());
  }


  /** Parses {@code diffCascades}: ALL or AS_CDK_DIFF (absent: ALL). */
  public static io.github.stackdocs.analyze.diff.Cascades parseCascades(String value) {
    if (value == null || value.isBlank()) {
      return io.github.stackdocs.analyze.diff.Cascades.ALL;
    }
    return io.github.stackdocs.analyze.diff.Cascades.parse(value).orElseThrow(() -> new ConfigurationException(
        "diffCascades", "'" + value + "' is not a valid value; expected ALL or AS_CDK_DIFF"));
  }

  /** Parses {@code baseline} ({@code git:<ref>} or a folder) relative to the request's base directory. */
  public static Baseline parseBaseline(String value, java.nio.file.Path baseDirectory) {
    return Baseline.parse(value, baseDirectory.toAbsolutePath().normalize());
  }
}

package io.github.stackdocs.pipeline;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.read.InputSelector;
import io.github.stackdocs.read.TemplateSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Terraform files to read: those recognised among the templates, and the configured {@code terraformPlans} /
 * {@code terraformStates} (a file, or a folder whose {@code *.json} files are taken, scanned like the template folder:
 * links leading out of it skipped, the output folder never). Each file once, sorted by path.
 */
final class TerraformSelection {
  private TerraformSelection() {}

  static List<TemplateSource> select(DocsRequest request, List<TemplateSource> found, List<Finding> findings) {
    Map<Path, TemplateSource> byPath = new LinkedHashMap<>();
    found.forEach(s -> byPath.put(s.path().toAbsolutePath().normalize(), s));
    for (Path configured : request.terraform()) {
      String shown = InputSelector.display(request.baseDirectory(), configured);
      if (Files.isDirectory(configured)) {
        InputSelector.Selection folder = new InputSelector().select(request.baseDirectory(), configured,
            List.of("**/*.json"), List.of(), List.of(), List.of(request.outputDirectory()));
        findings.addAll(folder.findings());
        folder.sources().forEach(s -> byPath.putIfAbsent(s.path().toAbsolutePath().normalize(), s));
      } else if (Files.isRegularFile(configured)) {
        byPath.putIfAbsent(configured, new TemplateSource(configured, shown, InputSelector.baseName(configured)));
      } else {
        findings.add(Finding.error("missing-terraform", "configured Terraform plan or state not found: " + shown
            + "; expected a file written by 'terraform show -json' or a folder of them", SourceLocation.of(shown),
            ""));
      }
    }
    List<TemplateSource> out = new ArrayList<>(byPath.values());
    out.sort(java.util.Comparator.comparing(TemplateSource::displayPath));
    return out;
  }
}

package io.github.stackdocs.pipeline;

import io.github.stackdocs.bind.EnvironmentInput;
import io.github.stackdocs.bind.ProjectBinder;
import io.github.stackdocs.model.Environment;
import io.github.stackdocs.model.Environments;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.deployed.DeployedRead;
import io.github.stackdocs.read.deployed.SnapshotFolderReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The binding stage: the project as read, bound to each environment of the request (with that environment's
 * deployed state and parameter values), the selected environment's stacks being the project every later stage sees.
 * Problems of parameter files and snapshots are reported for every environment (once each); problems of evaluation
 * for the selected environment, whose resources the docs are about.
 */
final class EnvironmentBinding {
  private EnvironmentBinding() {}

  static Project bind(DocsRequest request, Project read, List<Finding> findings) {
    String selected = request.selectedEnvironment();
    List<Environment> environments = new ArrayList<>();
    Map<String, List<Stack>> bound = new LinkedHashMap<>();
    Set<Finding> reported = new LinkedHashSet<>();
    Project shown = read;
    List<EnvironmentSpec> specs = request.environments().isEmpty() ? List.of(EnvironmentSpec.DEFAULTS)
        : request.environments();
    Set<String> byReader = new java.util.HashSet<>();
    findings.forEach(f -> {
      byReader.add(key(f));
      byReader.add(cycleKey(f));
    });
    for (EnvironmentSpec spec : specs) {
      Optional<DeployedRead> snapshot = snapshot(read, spec.deployedDirectory().or(request::deployedDirectory),
          request, reported);
      Project deployed = snapshot.map(d -> ProjectReader.withDeployed(read, d)).orElse(read);
      Environment environment = new Environment(spec.name(), spec.region(), spec.accountId(),
          snapshot.map(DeployedRead::exports).orElse(java.util.Map.of()));
      EnvironmentInput input = ParameterSources.of(request, spec, environment, deployed, reported);
      List<Finding> found = new ArrayList<>();
      Project project = ProjectBinder.bind(deployed, input, found);
      if (spec.name().equals(selected)) { // evaluation problems of the environment the docs are about
        found.stream().filter(f -> !byReader.contains(key(f)) && !byReader.contains(cycleKey(f)))
            .forEach(reported::add);
        shown = project;
      }
      environments.add(environment);
      bound.put(spec.name(), project.stacks());
    }
    findings.addAll(reported);
    return shown.withEnvironments(shown.stacks(), new Environments(environments, selected, bound));
  }

  /**
   * One finding per fault: the reader checks the shape of every expression and every condition cycle, so the
   * evaluator's report of the same fault (same code and place; a cycle: same code, file and stack) is dropped.
   */
  private static String key(Finding f) {
    return f.code() + '\u0000' + f.stack() + '\u0000' + f.location();
  }

  private static String cycleKey(Finding f) {
    return f.code().equals("circular-condition") ? f.code() + '\u0000' + f.stack() + '\u0000'
        + f.location().file() : key(f);
  }

  /** The snapshot folder's deployed state (nothing without a folder); its problems go to {@code findings}. */
  private static Optional<DeployedRead> snapshot(Project project, Optional<Path> folder, DocsRequest request,
      Set<Finding> findings) {
    if (folder.isEmpty()) {
      return Optional.empty();
    }
    DeployedRead deployed = new SnapshotFolderReader(folder.get(), request.baseDirectory()).read(project.stacks());
    findings.addAll(deployed.findings());
    return Optional.of(deployed);
  }
}

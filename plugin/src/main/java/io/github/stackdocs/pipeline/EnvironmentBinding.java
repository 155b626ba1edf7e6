package io.github.stackdocs.pipeline;

import io.github.stackdocs.bind.EnvironmentInput;
import io.github.stackdocs.bind.ProjectBinder;
import io.github.stackdocs.model.Environment;
import io.github.stackdocs.model.Environments;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Stack;
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
    for (EnvironmentSpec spec : specs) {
      Environment environment = new Environment(spec.name(), spec.region(), spec.accountId());
      Project deployed = withDeployed(read, spec.deployedDirectory().or(request::deployedDirectory), request,
          reported);
      EnvironmentInput input = ParameterSources.of(request, spec, environment, deployed, reported);
      List<Finding> found = new ArrayList<>();
      Project project = ProjectBinder.bind(deployed, input, found);
      if (spec.name().equals(selected)) { // evaluation problems of the environment the docs are about
        reported.addAll(found);
        shown = project;
      }
      environments.add(environment);
      bound.put(spec.name(), project.stacks());
    }
    findings.addAll(reported);
    return shown.withEnvironments(shown.stacks(), new Environments(environments, selected, bound));
  }

  private static Project withDeployed(Project project, Optional<Path> folder, DocsRequest request,
      Set<Finding> findings) {
    if (folder.isEmpty()) {
      return project;
    }
    List<Finding> found = new ArrayList<>();
    Project deployed = ProjectReader.withDeployed(project, new SnapshotFolderReader(folder.get(),
        request.baseDirectory()), found);
    findings.addAll(found);
    return deployed;
  }
}

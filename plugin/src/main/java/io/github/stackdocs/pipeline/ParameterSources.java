package io.github.stackdocs.pipeline;

import io.github.stackdocs.bind.EnvironmentInput;
import io.github.stackdocs.bind.ParameterInput;
import io.github.stackdocs.model.Binding;
import io.github.stackdocs.model.Environment;
import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.params.ParameterCheck;
import io.github.stackdocs.read.params.ParameterFile;
import io.github.stackdocs.read.params.ParameterFolder;
import io.github.stackdocs.read.params.ParameterSetting;
import io.github.stackdocs.read.params.SamConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parameter values an environment supplies to the stacks it deploys (top-level template stacks: a nested
 * stack's values are what its parent passes, a CDK stack's are the assembly's): the environment's parameter file for
 * the stack, over the {@code samconfig} file beside the stack's template (its section for the environment's name;
 * {@code default} for the built-in environment). Each value is checked against the template.
 */
final class ParameterSources {
  /** The SAM configuration files SAM reads, in its order. */
  static final List<String> SAMCONFIG = List.of("samconfig.toml", "samconfig.yaml", "samconfig.yml");

  private static final String SAM_DEFAULT = "default";

  private ParameterSources() {}

  /**
   * An environment's values; the built-in environment reads no parameter folder, only a {@code samconfig}'s
   * {@code default} section.
   */
  static EnvironmentInput of(DocsRequest request, EnvironmentSpec spec, Environment environment, Project project,
      Set<Finding> findings) {
    String configEnv = environment.builtIn() ? SAM_DEFAULT : spec.name();
    return input(request, environment, configEnv, spec.parameters(), spec.stackNames(), project, findings);
  }

  private static EnvironmentInput input(DocsRequest request, Environment environment, String configEnv,
      Optional<Path> folder, Map<String, String> configuredNames, Project project, Set<Finding> findings) {
    List<Stack> deployable = project.stacks().stream()
        .filter(s -> s.nestedIn().isEmpty() && s.cdk().isEmpty()).toList();
    List<Finding> found = new ArrayList<>();
    Map<String, ParameterFile> files = folder.map(dir -> ParameterFolder.read(dir, request.baseDirectory(),
        deployable.stream().map(Stack::name).toList(), found)).orElse(Map.of());
    Map<String, Map<String, ParameterInput>> parameters = new HashMap<>();
    Map<String, String> stackNames = new HashMap<>();
    for (Stack s : deployable) {
      Map<String, ParameterInput> values = new HashMap<>();
      Optional<ParameterFile> sam = samConfig(request, s, configEnv, found);
      sam.ifPresent(f -> {
        put(f, Binding.Source.SAMCONFIG, values);
        f.stackName().ifPresent(n -> stackNames.put(s.name(), n));
      });
      ParameterFile file = files.get(s.name());
      if (file != null) {
        put(file, Binding.Source.FILE, values);
        file.stackName().ifPresent(n -> stackNames.put(s.name(), n));
      }
      if (file != null || sam.isPresent() || folder.isPresent()) {
        ParameterCheck.check(s, merged(file, sam), found);
      }
      if (!values.isEmpty()) {
        parameters.put(s.name(), values);
      }
    }
    stackNames.putAll(configuredNames);
    findings.addAll(found);
    return new EnvironmentInput(environment, parameters, stackNames);
  }

  /** The file's values over samconfig's, as one file for the checks. */
  private static Optional<ParameterFile> merged(ParameterFile file, Optional<ParameterFile> sam) {
    if (sam.isEmpty()) {
      return Optional.ofNullable(file);
    }
    if (file == null) {
      return sam;
    }
    Map<String, ParameterSetting> values = new java.util.LinkedHashMap<>(sam.get().values());
    values.putAll(file.values());
    return Optional.of(new ParameterFile(file.file(), file.displayName(), values, file.tags(), file.region(),
        file.stackName()));
  }

  private static void put(ParameterFile file, Binding.Source source, Map<String, ParameterInput> values) {
    file.values().forEach((name, setting) -> values.put(name, new ParameterInput(setting.value(),
        setting.usePreviousValue(), source, setting.location())));
  }

  /** The samconfig beside the stack's template, for the config-env; empty when there is none or no such section. */
  private static Optional<ParameterFile> samConfig(DocsRequest request, Stack stack, String configEnv,
      List<Finding> findings) {
    Path template = request.baseDirectory().resolve(stack.sourceFile()).normalize();
    for (String name : SAMCONFIG) {
      Path file = template.resolveSibling(name);
      if (Files.isRegularFile(file)) {
        List<Finding> read = new ArrayList<>();
        Optional<ParameterFile> values = SamConfig.read(file, io.github.stackdocs.read.InputSelector.display(
            request.baseDirectory(), file), configEnv, read);
        // a config-env the file has no section for is not a problem: SAM users keep the environments they deploy
        read.stream().filter(f -> !f.code().equals("sam-config-env-missing")).forEach(findings::add);
        return values;
      }
    }
    return Optional.empty();
  }
}

package io.github.stackdocs.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An environment declared in the configuration: where its parameter values come from and what is known of it.
 *
 * @param name letters, digits, {@code .}, {@code _} and {@code -}; shown on pages and used in file names
 * @param parameters a folder with one parameter file per stack ({@code <stack>.json|.yaml|.yml})
 * @param region the AWS region, e.g. {@code eu-west-1}
 * @param accountId the 12-digit AWS account id
 * @param deployedDirectory a folder of AWS CLI JSON describing this environment's deployed stacks (as the {@code
 *     deployedDirectory} setting), whose parameter values and exports binding uses
 * @param stackNames documented stack name → the name the stack is deployed under here, where they differ
 */
public record EnvironmentSpec(String name, Optional<Path> parameters, Optional<String> region,
    Optional<String> accountId, Optional<Path> deployedDirectory, Map<String, String> stackNames) {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Pattern REGION = Pattern.compile("[a-z]{2,4}(-[a-z]{2,10}){1,3}-[0-9]{1,2}");
  private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");

  /** The built-in environment of a project that declares none: each parameter's Default, no region or account. */
  static final EnvironmentSpec DEFAULTS = new EnvironmentSpec(io.github.stackdocs.model.Environment.DEFAULTS_NAME,
      Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of());

  public EnvironmentSpec {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new ConfigurationException("environments", "environment name '" + (name == null ? "" : name)
          + "' is not valid; expected 1 to 64 letters, digits, '.', '_' or '-'");
    }
    parameters = parameters == null ? Optional.empty() : parameters;
    region = blankToEmpty(region);
    accountId = blankToEmpty(accountId);
    deployedDirectory = deployedDirectory == null ? Optional.empty() : deployedDirectory;
    stackNames = Collections.unmodifiableMap(new TreeMap<>(stackNames == null ? Map.of() : stackNames));
    String n = name;
    region.ifPresent(r -> {
      if (!REGION.matcher(r).matches()) {
        throw new ConfigurationException("environments", "environment '" + n + "': region '" + r
            + "' is not an AWS region name; expected e.g. eu-west-1");
      }
    });
    accountId.ifPresent(a -> {
      if (!ACCOUNT.matcher(a).matches()) {
        throw new ConfigurationException("environments", "environment '" + n + "': accountId '" + a
            + "' is not an AWS account id; expected 12 digits");
      }
    });
  }

  /** The spec with its folders resolved against the base directory; a configured folder must exist. */
  EnvironmentSpec resolved(Path base) {
    Optional<Path> params = parameters.map(p -> base.resolve(p).normalize());
    Optional<Path> deployed = deployedDirectory.map(p -> base.resolve(p).normalize());
    params.ifPresent(dir -> {
      if (!Files.isDirectory(dir)) {
        throw new ConfigurationException("environments", "environment '" + name + "': parameters folder " + dir
            + " does not exist; expected a folder with one file per stack (<stack>.json or <stack>.yaml)");
      }
    });
    deployed.ifPresent(dir -> {
      if (!Files.isDirectory(dir)) {
        throw new ConfigurationException("environments", "environment '" + name + "': deployedDirectory " + dir
            + " does not exist; expected a folder of AWS CLI JSON files (describe-stacks ...)");
      }
    });
    return new EnvironmentSpec(name, params, region, accountId, deployed, stackNames);
  }

  /** Checks a list of environments: names unique (case-insensitively, as they become file names). */
  static List<EnvironmentSpec> checked(List<EnvironmentSpec> specs, Path base) {
    Map<String, String> seen = new TreeMap<>();
    for (EnvironmentSpec s : specs) {
      String prior = seen.putIfAbsent(s.name().toLowerCase(java.util.Locale.ROOT), s.name());
      if (prior != null) {
        throw new ConfigurationException("environments", "two environments are named '" + s.name() + "'"
            + (prior.equals(s.name()) ? "" : " and '" + prior + "'") + "; environment names must be unique");
      }
    }
    return specs.stream().map(s -> s.resolved(base)).toList();
  }

  private static Optional<String> blankToEmpty(Optional<String> value) {
    return value == null ? Optional.empty() : value.map(String::trim).filter(v -> !v.isEmpty());
  }
}

package io.github.stackdocs.read.params;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parameter values one file gives one stack, with what else the file says about the deployment.
 *
 * @param file the file read
 * @param displayName how findings name it
 * @param values parameter name → setting, in file order
 * @param tags stack tags (a template configuration's {@code Tags}, SAM's {@code tags}), in file order
 * @param region the region the file deploys to (SAM's {@code region}), when it says
 * @param stackName the stack name the file deploys (SAM's {@code stack_name}), when it says
 */
public record ParameterFile(Path file, String displayName, Map<String, ParameterSetting> values,
    Map<String, String> tags, Optional<String> region, Optional<String> stackName) {

  public ParameterFile {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    region = region == null ? Optional.empty() : region;
    stackName = stackName == null ? Optional.empty() : stackName;
  }

  public Optional<ParameterSetting> value(String name) {
    return Optional.ofNullable(values.get(name));
  }
}

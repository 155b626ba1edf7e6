package io.github.stackdocs.maven;

import java.io.File;
import java.util.Map;

/**
 * An environment declared in the POM:
 * {@code <environments><environment><name>prod</name><parameters>src/main/parameters/prod</parameters>
 * <region>eu-west-1</region><accountId>123456789012</accountId></environment></environments>}.
 */
public class Environment {
  /** The environment's name (letters, digits, {@code .}, {@code _}, {@code -}). */
  private String name;

  /** A folder with one parameter file per stack, named after the stack ({@code <stack>.json|.yaml}). */
  private File parameters;

  /** The AWS region, e.g. {@code eu-west-1}; optional. */
  private String region;

  /** The 12-digit AWS account id; optional. */
  private String accountId;

  /** A folder of AWS CLI JSON of this environment's deployed stacks (as {@code deployedDirectory}); optional. */
  private File deployedDirectory;

  /** Documented stack name → the name it is deployed under in this environment, where they differ; optional. */
  private Map<String, String> stackNames;

  /** The pipeline's form; the snapshot folder only for goals that read deployed state. */
  io.github.stackdocs.pipeline.EnvironmentSpec spec(boolean readsDeployedState) {
    return new io.github.stackdocs.pipeline.EnvironmentSpec(name, java.util.Optional.ofNullable(parameters)
        .map(File::toPath), java.util.Optional.ofNullable(region), java.util.Optional.ofNullable(accountId),
        readsDeployedState ? java.util.Optional.ofNullable(deployedDirectory).map(File::toPath)
            : java.util.Optional.empty(), stackNames);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public File getParameters() {
    return parameters;
  }

  public void setParameters(File parameters) {
    this.parameters = parameters;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getAccountId() {
    return accountId;
  }

  public void setAccountId(String accountId) {
    this.accountId = accountId;
  }

  public File getDeployedDirectory() {
    return deployedDirectory;
  }

  public void setDeployedDirectory(File deployedDirectory) {
    this.deployedDirectory = deployedDirectory;
  }

  public Map<String, String> getStackNames() {
    return stackNames;
  }

  public void setStackNames(Map<String, String> stackNames) {
    this.stackNames = stackNames;
  }
}

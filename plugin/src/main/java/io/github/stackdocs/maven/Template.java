package io.github.stackdocs.maven;

import java.io.File;

/**
 * A template named in the POM:
 * {@code <templates><template><file>infra/app.yaml</file><stackName>app-prod</stackName></template></templates>}.
 */
public class Template {
  /** The template file, absolute or relative to the project folder. */
  private File file;

  /** The stack name; defaults to the file's base name. */
  private String stackName;

  public File getFile() {
    return file;
  }

  public void setFile(File file) {
    this.file = file;
  }

  public String getStackName() {
    return stackName;
  }

  public void setStackName(String stackName) {
    this.stackName = stackName;
  }
}

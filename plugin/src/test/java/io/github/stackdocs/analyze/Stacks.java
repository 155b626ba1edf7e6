package io.github.stackdocs.analyze;

import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.ReadResult;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import java.util.ArrayList;
import java.util.List;

/** Builds projects for analyzer tests from YAML text through the real reader. */
public final class Stacks {
  private static final CfnTemplateReader READER = new CfnTemplateReader();

  private Stacks() {}

  public static Stack read(String name, String yaml) {
    ReadResult r = READER.read(name + ".yaml", name, yaml);
    return r.stack().orElseThrow(() -> new AssertionError("test template did not read: " + r.findings()));
  }

  /** Pairs of (name, yaml). */
  public static Project project(String... nameAndYaml) {
    List<Stack> stacks = new ArrayList<>();
    for (int i = 0; i < nameAndYaml.length; i += 2) {
      stacks.add(read(nameAndYaml[i], nameAndYaml[i + 1]));
    }
    return new Project("test", stacks);
  }
}

package io.github.stackdocs.pipeline;

import java.nio.file.Files;

/**
 * A project whose template folder does not exist, with no template named one by one and no cloud assembly, has
 * nothing to document: a typo in {@code sourceDirectory} or a build run in the wrong folder, not a project to
 * document as empty. The goals and commands call this before reading, unless the user allowed a project without
 * templates ({@code allowNoTemplates}).
 */
public final class MissingSources {
  private MissingSources() {}

  /**
   * @throws ConfigurationException naming the folder looked in, the includes looked for and the fixes
   */
  public static void check(DocsRequest request) {
    if (!request.templates().isEmpty() || request.cdkOutDirectory().isPresent() || !request.terraform().isEmpty()
        || Files.isDirectory(request.sourceDirectory())) {
      return;
    }
    throw new ConfigurationException("sourceDirectory", "the template folder " + request.sourceDirectory()
        + " does not exist, so there is nothing to document (looked for " + String.join(", ", request.includes())
        + " there, and no templates or cdk.out are configured). Put the templates there, point sourceDirectory at"
        + " their folder, name them with templates, or set allowNoTemplates=true for a project that has none");
  }
}

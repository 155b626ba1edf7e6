package io.github.stackdocs.pipeline;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * What identifies this build of stackdocs in a stamp: the version and the jar's size and time, so a rebuilt
 * snapshot with the same version number is not mistaken for the one that wrote the docs. Classes from a folder
 * (tests, an IDE) are identified by the folder only.
 */
final class ToolVersion {
  private ToolVersion() {}

  static String current() {
    String version = String.valueOf(DocsGenerator.class.getPackage().getImplementationVersion());
    CodeSource source = DocsGenerator.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return version;
    }
    try {
      Path location = Path.of(source.getLocation().toURI());
      if (Files.isRegularFile(location)) {
        return version + " " + location.getFileName() + " " + Files.size(location) + " "
            + Files.getLastModifiedTime(location).toMillis();
      }
      return version + " " + location;
    } catch (URISyntaxException | java.io.IOException | IllegalArgumentException e) {
      return version + " " + source.getLocation();
    }
  }
}

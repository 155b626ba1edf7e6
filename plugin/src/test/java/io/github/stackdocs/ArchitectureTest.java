package io.github.stackdocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core never imports Maven: only {@code io.github.stackdocs.maven} may. */
class ArchitectureTest {
  private static final Path MAIN = Path.of("src/main/java/io/github/stackdocs");
  private static final Pattern MAVEN_IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?org\\.apache\\.maven\\.", Pattern.MULTILINE);
  private static final Pattern MAVEN_NAME = Pattern.compile("\\borg\\.apache\\.maven\\.");

  @Test
  void onlyTheMavenPackageImportsMaven() throws IOException {
    List<Path> offenders;
    try (Stream<Path> files = Files.walk(MAIN)) {
      offenders = files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !MAIN.relativize(p).startsWith("maven"))
          .filter(ArchitectureTest::mentionsMaven)
          .sorted()
          .toList();
    }
    assertThat(offenders).as("classes outside io.github.stackdocs.maven that use org.apache.maven").isEmpty();
  }

  @Test
  void theScanSeesTheMavenPackageItself() throws IOException {
    // guards against a scan that silently looks at nothing
    try (Stream<Path> files = Files.walk(MAIN.resolve("maven"))) {
      assertThat(files.filter(p -> p.toString().endsWith(".java")).filter(ArchitectureTest::mentionsMaven)).isNotEmpty();
    }
  }

  /** The command line is an adapter like the Mojos: the core never uses it, and it never uses Maven. */
  @Test
  void onlyTheCommandLineUsesTheCommandLinePackage() throws IOException {
    List<Path> users;
    try (Stream<Path> files = Files.walk(MAIN)) {
      users = files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !MAIN.relativize(p).startsWith("cli"))
          .filter(p -> readUnchecked(p).contains("io.github.stackdocs.cli"))
          .sorted()
          .toList();
    }
    assertThat(users).as("classes outside io.github.stackdocs.cli that use it").isEmpty();
    try (Stream<Path> files = Files.walk(MAIN.resolve("cli"))) {
      assertThat(files.filter(p -> p.toString().endsWith(".java")).map(p -> p.getFileName().toString()))
          .contains("Main.java");
    }
  }

  /** Only the snapshot goal may load the AWS SDK: the other goals must not pay its start-up cost. */
  @Test
  void onlyTheLiveSnapshotUsesTheAwsSdk() throws IOException {
    List<Path> users;
    try (Stream<Path> files = Files.walk(MAIN)) {
      users = files
          .filter(p -> p.toString().endsWith(".java"))
          .filter(p -> readUnchecked(p).contains("software.amazon."))
          .map(p -> MAIN.relativize(p))
          .sorted()
          .toList();
    }
    assertThat(users).isNotEmpty().allSatisfy(p -> assertThat(p.startsWith("read/deployed/live")
        || p.equals(Path.of("pipeline/SnapshotGenerator.java"))).as(p.toString()).isTrue());
  }

  private static String readUnchecked(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean mentionsMaven(Path file) {
    try {
      String text = Files.readString(file);
      return MAVEN_IMPORT.matcher(text).find() || MAVEN_NAME.matcher(text.replaceAll("(?m)^\\s*(\\*|//).*$", "")).find();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}

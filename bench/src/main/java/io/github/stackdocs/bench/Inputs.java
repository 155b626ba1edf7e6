package io.github.stackdocs.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The generated inputs: {@code gen_stacks.py <dir> --stacks N --resources M} once per size, kept under the work
 * folder (a {@code .complete} file marks a finished generation, so an interrupted one is redone).
 */
final class Inputs {
  private Inputs() {}

  /** The generator script, or a message saying where it was looked for and how to point at it. */
  static Path script(Path gen) {
    Path script = gen.toAbsolutePath().normalize();
    if (!Files.isRegularFile(script)) {
      throw new BenchException("the input generator " + script + " does not exist. The harness expects the shared"
          + " folder beside the repository (../shared/bench/gen_stacks.py from the repository root); pass"
          + " --gen=<path to gen_stacks.py> (or -Dbench.gen=... with Maven) to use another copy");
    }
    return script;
  }

  /** The input folder for {@code size} ({@code templates/}, {@code deployed/}), generated if not there yet. */
  static Path generate(Path script, Path work, Size size) {
    Path dir = work.resolve("inputs").resolve(size.toString()).toAbsolutePath().normalize();
    Path complete = dir.resolve(".complete");
    if (Files.isRegularFile(complete)) {
      return dir;
    }
    List<String> command = List.of("python3", script.toString(), dir.toString(),
        "--stacks", Integer.toString(size.stacks()), "--resources", Integer.toString(size.resources()));
    try {
      deleteTree(dir);
      Files.createDirectories(dir);
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
        throw new BenchException(String.join(" ", command) + " failed:\n" + output);
      }
      Files.writeString(complete, String.join(" ", command) + "\n");
      return dir;
    } catch (IOException e) {
      throw new BenchException("could not run " + String.join(" ", command) + " (is python3 on the PATH?): "
          + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BenchException("interrupted while generating " + dir, e);
    }
  }

  /** Every input file the pipeline reads: templates and deployed-state JSON, sorted. */
  static List<Path> files(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted().toList();
    } catch (IOException e) {
      throw new BenchException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}

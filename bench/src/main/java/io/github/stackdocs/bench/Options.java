package io.github.stackdocs.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * The harness's command line: {@code --sizes=10x50,50x200 --warm=5 --html=true --html-warm=2
 * --gen=<gen_stacks.py> --work=<folder>}.
 *
 * @param sizes the inputs, stacks x resources per stack
 * @param warm how many warm iterations follow the cold one (their median is reported)
 * @param html whether HTML is rendered (AsciidoctorJ)
 * @param htmlWarm warm iterations for HTML, which is much slower than the rest
 * @param gen the generator script; by default {@code ../shared/bench/gen_stacks.py} beside the repository
 * @param work where generated inputs (kept between runs) and scratch outputs go; by default bench/target/bench
 */
record Options(List<Size> sizes, int warm, boolean html, int htmlWarm, Path gen, Path work) {

  static Options parse(String[] args) {
    List<Size> sizes = Size.parseList("10x50,50x200,100x500");
    int warm = 5;
    boolean html = true;
    int htmlWarm = 2;
    Path gen = null;
    Path work = null;
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (!arg.startsWith("--") || eq < 0) {
        throw new BenchException("unexpected argument '" + arg + "'; expected --name=value (sizes, warm, html,"
            + " html-warm, gen, work)");
      }
      String name = arg.substring(2, eq);
      String value = arg.substring(eq + 1);
      switch (name) {
        case "sizes" -> sizes = Size.parseList(value);
        case "warm" -> warm = positive(name, value);
        case "html" -> html = Boolean.parseBoolean(value);
        case "html-warm" -> htmlWarm = positive(name, value);
        case "gen" -> gen = Path.of(value);
        case "work" -> work = Path.of(value);
        default -> throw new BenchException("unknown option --" + name + "; expected sizes, warm, html, html-warm,"
            + " gen, work");
      }
    }
    return new Options(sizes, warm, html, Math.min(htmlWarm, warm), gen == null ? defaultGen() : gen,
        work == null ? repositoryRoot(loadedFrom()).resolve("bench/target/bench") : work);
  }

  /**
   * {@code ../shared/bench/gen_stacks.py} relative to the repository root (the folder holding plugin/ and bench/), found
   * from where this class was loaded (bench/target/classes or the bench jar), so the working directory does not matter.
   */
  static Path defaultGen() {
    return repositoryRoot(loadedFrom()).resolve("../shared/bench/gen_stacks.py").normalize();
  }

  /** Where this class was loaded from: bench/target/classes, or the bench jar. */
  private static Path loadedFrom() {
    try {
      return Path.of(Options.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath();
    } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
      throw new BenchException("cannot tell where the harness was loaded from (" + e + "); pass --gen=<path to"
          + " gen_stacks.py> and --work=<folder>");
    }
  }

  /** The nearest folder at or above {@code from} holding plugin/ and bench/. */
  static Path repositoryRoot(Path from) {
    for (Path dir = from; dir != null; dir = dir.getParent()) {
      if (java.nio.file.Files.isDirectory(dir.resolve("plugin")) && java.nio.file.Files.isDirectory(dir.resolve("bench"))) {
        return dir;
      }
    }
    throw new BenchException("cannot find the repository root (a folder with plugin/ and bench/) above " + from
        + "; pass --gen=<path to gen_stacks.py>");
  }

  private static int positive(String name, String value) {
    try {
      int n = Integer.parseInt(value.trim());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BenchException("--" + name + " must be a whole number of at least 1, not '" + value + "'");
  }
}

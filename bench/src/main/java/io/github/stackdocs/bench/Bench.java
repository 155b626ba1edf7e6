package io.github.stackdocs.bench;

import io.github.stackdocs.pipeline.DocsGenerator;
import io.github.stackdocs.pipeline.Log;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark harness: for each size, generates the inputs with {@code gen_stacks.py} (once), then times the
 * pipeline's stages in this one JVM, cold (first iteration) and warm (median of the rest), with peak heap, and
 * prints each as a multiple of the Jackson-parse floor. Run it with the heap the targets name ({@code -Xmx1g});
 * see bench/README.md.
 */
public final class Bench {
  private Bench() {}

  public static void main(String[] args) {
    try {
      run(Options.parse(args));
    } catch (BenchException e) {
      System.err.println("bench: " + e.getMessage());
      System.exit(2);
    }
  }

  static void run(Options o) {
    Path script = Inputs.script(o.gen());
    List<Path> inputs = new ArrayList<>();
    for (Size size : o.sizes()) {
      inputs.add(Inputs.generate(script, o.work(), size));
    }
    System.out.printf("stackdocs bench: java %s, %d cores, heap limit %d MB, sizes %s; cold = first iteration in"
            + " this JVM (the first size also pays for class loading and JIT)%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / (1024 * 1024), o.sizes());
    Report report = new Report(System.out);
    try (DocsGenerator generator = new DocsGenerator(Log.silent())) {
      for (int i = 0; i < o.sizes().size(); i++) {
        Size size = o.sizes().get(i);
        Path scratch = o.work().resolve("out").resolve(size.toString()).toAbsolutePath();
        SizeRun.Result result = new SizeRun(generator, inputs.get(i), scratch, o.html()).run(o.warm(), o.htmlWarm());
        report.print(size, result, o.warm());
      }
    }
  }
}

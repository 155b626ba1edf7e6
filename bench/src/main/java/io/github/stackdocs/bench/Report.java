package io.github.stackdocs.bench;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Optional;

/**
 * Prints one size's figures as a table: cold and warm milliseconds, wall clock and the process's CPU time (which a
 * busy machine disturbs less; every thread counts: parallel reading and layout, GC, JIT), each as a multiple of the
 * floor.
 */
final class Report {
  /** The target: generate without HTML costs at most this many floors (warm). */
  static final double TARGET_RATIO = 3.0;

  private final PrintStream out;

  Report(PrintStream out) {
    this.out = out;
  }

  void print(Size size, SizeRun.Result r, int warm) {
    Timings t = r.timings();
    out.printf(Locale.ROOT, "%n== %s: %d stacks x %d resources = %d resources; %d input files, %.1f MB;"
            + " %d documents and runbooks, %d findings; 1 cold + %d warm iterations%n",
        size, size.stacks(), size.resources(), size.totalResources(), r.inputFiles(), r.inputBytes() / 1e6,
        r.documents(), r.findings(), warm);
    Timings c = r.cpu();
    out.printf(Locale.ROOT, "%-42s %9s %7s %9s %7s | %9s %7s %9s %7s%n", "stage", "cold ms", "x floor",
        "warm ms", "x floor", "cold cpu", "x floor", "warm cpu", "x floor");
    for (Stage stage : Stage.values()) {
      if (t.cold(stage).isEmpty()) {
        continue;
      }
      out.printf(Locale.ROOT, "%-42s %9s %7s %9s %7s | %9s %7s %9s %7s%n", stage.label(),
          ms(t.cold(stage)), ratio(t.cold(stage), t.cold(Stage.FLOOR)),
          ms(t.warm(stage)), ratio(t.warm(stage), t.warm(Stage.FLOOR)),
          ms(c.cold(stage)), ratio(c.cold(stage), c.cold(Stage.FLOOR)),
          ms(c.warm(stage)), ratio(c.warm(stage), c.warm(Stage.FLOOR)));
    }
    if (r.htmlOutOfMemory()) {
      out.printf(Locale.ROOT, "%-42s out of memory within the heap limit%n",
          Stage.HTML.label());
    }
    StringBuilder output = new StringBuilder();
    r.outputBytes().forEach((kind, bytes) -> output.append(output.length() == 0 ? "" : ", ")
        .append(String.format(Locale.ROOT, "%s %.2f MB", kind, bytes / 1e6)));
    out.printf(Locale.ROOT, "output (last iteration, UTF-8 bytes): %s; total %.2f MB%n", output,
        r.outputBytes().values().stream().mapToLong(Long::longValue).sum() / 1e6);
    t.warm(Stage.DIAGRAMS).ifPresent(ms -> out.printf(Locale.ROOT,
        "diagrams alone: %d diagrams, warm %.2f ms per diagram (wall), %.2f (cpu)%n", r.diagrams(),
        ms / Math.max(1, r.diagrams()), c.warm(Stage.DIAGRAMS).orElse(0.0) / Math.max(1, r.diagrams())));
    HeapMeter.Peak p = r.peak();
    out.printf(Locale.ROOT, "peak heap %d MB sampled (heap pools' peaks summed: %d MB)%s, limit -Xmx %d MB;"
            + " live after GC holding model, analysis and runbooks: %d MB%n",
        mb(p.sampled()), mb(p.poolPeaks()),
        r.htmlPeak() > 0 ? String.format(Locale.ROOT, "; during the HTML stages %d MB sampled", mb(r.htmlPeak())) : "",
        mb(p.max()), mb(r.live()));
    target("wall", t);
    target("cpu", c);
  }

  private void target(String clock, Timings t) {
    Optional<Double> ratio = t.warm(Stage.TOTAL).flatMap(total -> t.warm(Stage.FLOOR).map(floor -> total / floor));
    ratio.ifPresent(x -> out.printf(Locale.ROOT, "target total without HTML <= %.0fx floor (warm, %s): %.2fx %s%n",
        TARGET_RATIO, clock, x, x <= TARGET_RATIO ? "MET" : "MISSED"));
  }

  private static String ms(Optional<Double> v) {
    return v.map(x -> String.format(Locale.ROOT, "%.1f", x)).orElse("-");
  }

  private static String ratio(Optional<Double> v, Optional<Double> floor) {
    if (v.isEmpty() || floor.isEmpty() || floor.get() <= 0) {
      return "-";
    }
    return String.format(Locale.ROOT, "%.2f", v.get() / floor.get());
  }

  private static long mb(long bytes) {
    return bytes / (1024 * 1024);
  }
}

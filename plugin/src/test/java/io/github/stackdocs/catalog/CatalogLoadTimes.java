package io.github.stackdocs.catalog;

import java.util.Locale;

/**
 * Prints cold and warm load figures; run in a fresh JVM: {@code java -cp target/classes:target/test-classes:<jackson>
 * io.github.stackdocs.catalog.CatalogLoadTimes}.
 */
public final class CatalogLoadTimes {
  private CatalogLoadTimes() {}

  public static void main(String[] args) {
    long t0 = System.nanoTime();
    ResourceCatalog cold = ResourceCatalog.bundled();
    long t1 = System.nanoTime();
    cold.type("AWS::Lambda::Function").orElseThrow();
    long t2 = System.nanoTime();
    cold.typeNames().forEach(cold::type);
    long t3 = System.nanoTime();
    System.out.printf(Locale.ROOT, "cold: bundled() %d ms, first type %d ms, every type %d ms%n",
        ms(t1 - t0), ms(t2 - t1), ms(t3 - t2));
    for (int i = 0; i < 5; i++) {
      long a = System.nanoTime();
      ResourceCatalog warm = ResourceCatalog.loadBundled();
      long b = System.nanoTime();
      warm.typeNames().forEach(warm::type);
      long c = System.nanoTime();
      System.out.printf(Locale.ROOT, "warm %d: load %d ms, parse every type %d ms, total %d ms%n",
          i + 1, ms(b - a), ms(c - b), ms(c - a));
    }
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }
}

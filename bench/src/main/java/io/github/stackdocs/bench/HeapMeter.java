package io.github.stackdocs.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Peak heap while a size runs, two ways: a thread sampling the used heap every few milliseconds (a lower bound of
 * the true peak) and the sum of the heap pools' peak usage (an upper bound: the pools peak at different times).
 * Starts after a GC, so the previous size's garbage is not counted.
 */
final class HeapMeter implements AutoCloseable {
  private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP).toList();
  private final AtomicLong sampled = new AtomicLong();
  private final AtomicLong window = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

  /** The peaks in bytes, and the heap's limit ({@code -Xmx}). */
  record Peak(long sampled, long poolPeaks, long max) {}

  HeapMeter() {
    gc();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    sampler = new Thread(() -> {
      while (running) {
        long used = used();
        sampled.accumulateAndGet(used, Math::max);
        window.accumulateAndGet(used, Math::max);
        try {
          Thread.sleep(2);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  Peak peak() {
    long poolPeaks = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return new Peak(Math.max(sampled.get(), used()), poolPeaks, Runtime.getRuntime().maxMemory());
  }

  /**
   * The sampled peak since the last call (or since the meter started), and a new window from now: the peak of the
   * stages run between two calls.
   */
  long window() {
    return Math.max(window.getAndSet(used()), used());
  }

  /** The heap in use after a full GC: what the objects still referenced take. */
  static long live() {
    gc();
    return used();
  }

  private static long used() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void gc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}

package io.github.stackdocs.pipeline;

import io.github.stackdocs.catalog.ResourceCatalog;
import io.github.stackdocs.render.diff.ChangesJson;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Starts, once per JVM and on a background thread, the one-time set-up the {@code diff} path needs only after
 * reading: loading the bundled catalog and initialising the JSON writer. In a short process (the command line)
 * it then overlaps with reading the templates instead of following it on one core while the other waits. Nothing
 * depends on it having run: the catalog and the writer initialise themselves on first use, thread-safely, as
 * before, and a caller that gets there first simply waits for the same initialisation.
 */
final class DiffWarmUp {
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private DiffWarmUp() {}

  /** Starts the warm-up unless it has been started already in this JVM. */
  static void start() {
    if (!STARTED.compareAndSet(false, true)) {
      return;
    }
    Thread thread = new Thread(DiffWarmUp::run, "stackdocs-diff-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  /** Whether {@link #start()} has started it in this JVM. */
  static boolean started() {
    return STARTED.get();
  }

  private static void run() {
    try {
      ResourceCatalog.bundled();
      new ChangesJson();
    } catch (RuntimeException | LinkageError e) {
      // the diff itself meets the same problem on first use and reports it there
    }
  }
}

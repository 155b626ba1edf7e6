package io.github.stackdocs.maven;

import io.github.stackdocs.model.Finding;
import java.util.List;
import org.apache.maven.plugin.logging.Log;

/** Findings in the Maven log: errors as errors, warnings as warnings, the rest at debug level, one line each. */
final class FindingLog {
  private FindingLog() {}

  static void log(Log log, List<Finding> findings) {
    for (Finding f : findings) {
      switch (f.severity()) {
        case ERROR -> log.error(f.format());
        case WARN -> log.warn(f.format());
        default -> log.debug(f.format());
      }
    }
  }
}

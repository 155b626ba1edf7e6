package io.github.stackdocs.maven;

import io.github.stackdocs.pipeline.Log;

/** The pipeline's log on top of Maven's. */
final class MavenLog implements Log {
  private final org.apache.maven.plugin.logging.Log log;

  MavenLog(org.apache.maven.plugin.logging.Log log) {
    this.log = log;
  }

  @Override
  public void debug(String message) {
    log.debug(message);
  }

  @Override
  public void info(String message) {
    log.info(message);
  }

  @Override
  public void warn(String message) {
    log.warn(message);
  }

  @Override
  public void error(String message) {
    log.error(message);
  }
}

package io.github.stackdocs.pipeline;

/** Where the pipeline reports progress; adapters map it onto their own logging. */
public interface Log {
  void debug(String message);

  void info(String message);

  void warn(String message);

  void error(String message);

  /** A log that drops everything (tests). */
  static Log silent() {
    return new Log() {
      @Override
      public void debug(String message) {}

      @Override
      public void info(String message) {}

      @Override
      public void warn(String message) {}

      @Override
      public void error(String message) {}
    };
  }
}

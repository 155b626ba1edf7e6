package io.github.stackdocs.cli;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.pipeline.Log;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The pipeline's log on the terminal: info on standard output, warnings and errors on standard error. */
class CliLog implements Log {
  private final PrintStream out;
  private final PrintStream err;
  private final boolean quiet;
  private final boolean verbose;

  CliLog(PrintStream out, PrintStream err, boolean quiet, boolean verbose) {
    this.out = out;
    this.err = err;
    this.quiet = quiet;
    this.verbose = verbose;
  }

  boolean verbose() {
    return verbose;
  }

  /** Prints one line; on standard error when {@code error}. */
  void emit(boolean error, String line) {
    (error ? err : out).println(line);
  }

  @Override
  public void debug(String message) {
    if (verbose) {
      emit(false, "[DEBUG] " + message);
    }
  }

  @Override
  public void info(String message) {
    if (!quiet) {
      emit(false, message);
    }
  }

  @Override
  public void warn(String message) {
    emit(true, "[WARN] " + message);
  }

  @Override
  public void error(String message) {
    emit(true, "[ERROR] " + message);
  }

  /** The stack trace of an internal error, with {@code --verbose}. */
  void trace(Throwable e) {
    if (verbose) {
      java.io.StringWriter text = new java.io.StringWriter();
      e.printStackTrace(new java.io.PrintWriter(text));
      emit(true, text.toString().stripTrailing());
    }
  }

  /** Findings at their severity, as the Maven goals log them. */
  void findings(List<Finding> findings) {
    for (Finding f : findings) {
      switch (f.severity()) {
        case ERROR -> error(f.format());
        case WARN -> warn(f.format());
        default -> debug(f.format());
      }
    }
  }

  /** A log that keeps its lines until {@link Buffered#replay()}, for work done in parallel but reported in order. */
  Buffered buffered() {
    return new Buffered(this);
  }

  /** Lines kept in order, and the exit code of the work that logged them. */
  static final class Buffered extends CliLog {
    private final CliLog target;
    private final List<String> lines = new ArrayList<>();
    private final List<Boolean> errors = new ArrayList<>();
    private int exit;

    private Buffered(CliLog target) {
      super(target.out, target.err, target.quiet, target.verbose);
      this.target = target;
    }

    @Override
    synchronized void emit(boolean error, String line) {
      lines.add(line);
      errors.add(error);
    }

    Buffered exit(int code) {
      exit = code;
      return this;
    }

    /** Prints the kept lines to the log it was made from; gives the exit code. */
    synchronized int replay() {
      for (int i = 0; i < lines.size(); i++) {
        target.emit(errors.get(i), lines.get(i));
      }
      return exit;
    }
  }
}

package io.github.stackdocs.cli;

import io.github.stackdocs.output.WriteMode;
import io.github.stackdocs.pipeline.ChangeLogGenerator;
import io.github.stackdocs.pipeline.DiffRequest;
import io.github.stackdocs.pipeline.DiffResult;
import io.github.stackdocs.pipeline.DocsGenerator;
import io.github.stackdocs.pipeline.DocsRequest;
import io.github.stackdocs.pipeline.DocsResult;
import io.github.stackdocs.pipeline.InvalidInputException;
import io.github.stackdocs.pipeline.RiskThresholdException;
import io.github.stackdocs.pipeline.SnapshotGenerator;
import io.github.stackdocs.pipeline.SnapshotRequest;
import io.github.stackdocs.read.deployed.live.LiveSnapshot;
import io.github.stackdocs.pipeline.StackdocsException;
import io.github.stackdocs.pipeline.StaleDocsException;
import io.github.stackdocs.pipeline.TemplatePair;
import io.github.stackdocs.render.Format;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code java -jar stackdocs-cli.jar <generate|check|diff|snapshot|inject> [options]}: the Maven goals without Maven, for CI outside
 * Maven and for whole-process measurements. A thin adapter like the Mojos: options become the same requests and
 * run the same pipeline. Exit codes: 0 done, 1 the user's problem (bad arguments or configuration, template errors,
 * stale docs, risks at {@code --fail-on-risk}) with a message saying what to do, 2 an internal error.
 */
public final class Main {
  static final int OK = 0;
  static final int USER_PROBLEM = 1;
  static final int INTERNAL = 2;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err, Path.of("")));
  }

  /** Runs one command; never exits the JVM. */
  static int run(String[] args, PrintStream out, PrintStream err, Path workingDirectory) {
    Arguments arguments;
    try {
      arguments = Arguments.parse(args);
    } catch (UsageException e) {
      return usage(err, e);
    }
    if (arguments.help() || arguments.command().isEmpty()) {
      (arguments.help() ? out : err).print(Help.text(arguments.command()));
      return arguments.help() ? OK : USER_PROBLEM;
    }
    CliLog log = new CliLog(out, err, arguments.flag(Option.QUIET), arguments.flag(Option.VERBOSE));
    try {
      Requests requests = new Requests(arguments, workingDirectory.toAbsolutePath());
      return switch (arguments.command().get()) {
        case GENERATE -> docs(requests.docs(WriteMode.WRITE), log);
        case CHECK -> docs(requests.docs(WriteMode.CHECK), log);
        case DIFF -> arguments.has(Option.PAIR) ? pairs(requests.diff(), requests.pairs(), log)
            : diff(requests.diff(), log);
        case SNAPSHOT -> snapshot(requests.snapshot(), requests.snapshotInputs(), log);
        case INJECT -> inject(requests.docs(WriteMode.WRITE), log);
      };
    } catch (UsageException e) {
      return usage(err, e);
    } catch (RuntimeException e) {
      return failure(e, log);
    }
  }

  private static int usage(PrintStream err, UsageException e) {
    err.println("stackdocs: " + e.getMessage() + "\nRun 'stackdocs --help' for the commands and options.");
    return USER_PROBLEM;
  }

  private static int docs(DocsRequest request, CliLog log) {
    try (DocsGenerator generator = new DocsGenerator(log)) {
      DocsResult result = generator.run(request);
      log.findings(result.findings());
      boolean site = request.mode() == WriteMode.WRITE && request.formats().contains(Format.HTML)
          && result.upToDateInputs().isEmpty();
      log.info("stackdocs: " + result.summary() + (site ? "; site: " + request.outputDirectory().resolve("index.html")
          : ""));
      result.runbookSummary().ifPresent(line -> log.info("stackdocs: " + line));
      return OK;
    }
  }

  private static int inject(DocsRequest request, CliLog log) {
    try (DocsGenerator generator = new DocsGenerator(log)) {
      log.info("stackdocs: " + generator.injectOnly(request));
      return OK;
    }
  }

  private static int snapshot(SnapshotRequest request, DocsRequest inputs, CliLog log) {
    LiveSnapshot.Report report = new SnapshotGenerator(log).run(request, inputs);
    log.info("stackdocs: snapshot of " + report.written().size() + " stack(s) written to " + report.directory()
        + (report.notFound().isEmpty() ? "" : "; not found: " + report.notFound()));
    return OK;
  }

  private static int diff(DiffRequest request, CliLog log) {
    try {
      DiffResult result = new ChangeLogGenerator(log).run(request);
      risks(result, log);
      log.info("stackdocs: " + result.summary());
      return OK;
    } catch (RiskThresholdException e) {
      risks(e.result(), log);
      throw e;
    }
  }

  /**
   * Each pair is its own change log: in the output directory for one pair, in {@code pair-001/}, {@code pair-002/},
   * ... of it for several. Pairs are independent, so they are compared on every core; each pair's lines are kept
   * and printed in argument order. Every pair is compared even when another fails; the exit code is the worst.
   */
  private static int pairs(DiffRequest request, List<TemplatePair> pairs, CliLog log) {
    List<CliLog.Buffered> outcomes = java.util.stream.IntStream.range(0, pairs.size()).parallel()
        .mapToObj(i -> pair(request, pairs, i, log.buffered())).toList();
    int exit = OK;
    for (CliLog.Buffered outcome : outcomes) {
      exit = Math.max(exit, outcome.replay());
    }
    return exit;
  }

  /** One pair, logging into its own buffer; the buffer carries the exit code. */
  private static CliLog.Buffered pair(DiffRequest request, List<TemplatePair> pairs, int i, CliLog.Buffered log) {
    TemplatePair pair = pairs.get(i);
    DiffRequest one = pairs.size() == 1 ? request : new DiffRequest(request.inputs().toBuilder()
        .outputDirectory(request.inputs().outputDirectory().resolve(String.format("pair-%03d", i + 1))).build(),
        request.baseline(), request.failOnRisk(), request.docsUrl(), request.appendChangelog(),
        request.options());
    try {
      DiffResult result = new ChangeLogGenerator(log).run(one, pair);
      risks(result, log);
      log.info("stackdocs: " + pair.current() + ": " + result.summary());
      return log.exit(OK);
    } catch (RuntimeException e) {
      if (e instanceof RiskThresholdException r) {
        risks(r.result(), log);
      }
      return log.exit(failure(e, log));
    }
  }

  private static void risks(DiffResult result, CliLog log) {
    log.findings(result.findings());
    result.changes().risks().forEach(r -> log.warn(r.kind().label() + " " + r.stack() + "/" + r.logicalId() + ": "
        + r.reason()));
  }

  /** Reports a failure and gives its exit code: the user's problems are 1, ours are 2. */
  private static int failure(RuntimeException e, CliLog log) {
    if (e instanceof InvalidInputException invalid) {
      log.findings(invalid.findings());
      log.error("stackdocs: " + invalid.summary());
      return USER_PROBLEM;
    }
    if (e instanceof StaleDocsException stale) {
      log.findings(stale.result().findings());
      log.error("stackdocs: " + e.getMessage().replace("'" + StaleDocsException.FIX + "'",
          "'stackdocs generate' with the same options"));
      return USER_PROBLEM;
    }
    if (e instanceof io.github.stackdocs.pipeline.ReadinessGateException gate) {
      log.findings(gate.result().findings());
      log.info("stackdocs: " + gate.result().summary());
    }
    if (e instanceof StackdocsException.UserProblem) {
      log.error("stackdocs: " + e.getMessage());
      return USER_PROBLEM;
    }
    if (e instanceof StackdocsException) {
      log.error("stackdocs: " + e.getMessage());
    } else {
      log.error("stackdocs failed unexpectedly (" + e.getClass().getSimpleName() + ": " + e.getMessage()
          + "); please report it with this output" + (log.verbose() ? "" : " (run with --verbose for the stack trace)"));
    }
    log.trace(e);
    return INTERNAL;
  }
}

package io.github.stackdocs.render.html;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.render.Document;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.log.LogRecord;

/**
 * Converts what people write in AsciiDoc (runbooks, the change log) to HTML with AsciidoctorJ: each page's body and
 * title, which {@link HtmlPages} puts in the site's frame. The generated pages are not converted: they are rendered
 * to HTML from the view directly. One instance per execution: the JRuby runtime behind it costs seconds to start, so
 * it is created lazily, on the first conversion, and only when a page has to be converted (a run whose runbooks did
 * not change reuses their pages and never starts it). Conversion runs in SECURE mode (no includes, no file reads),
 * with no dates in the output. Asciidoctor warnings become findings.
 *
 * <p>Pages are converted on several threads by the one runtime (AsciidoctorJ supports concurrent conversions):
 * a site has a page per runbook, thousands in a large project, and one thread converted them at about 20 ms each.
 * The first page is converted alone, so JRuby's lazy set-up happens on one thread. Each thread's Asciidoctor
 * messages are collected apart, so every finding names its own page; pages and findings come out in the input
 * order, byte-identical to a conversion on one thread. Not thread-safe itself; call it from one thread.
 */
public final class HtmlRenderer implements AutoCloseable {
  /** AsciiDoc size above which pages are converted one at a time (see {@link #convertAll}). */
  static final int LARGE = 1 << 20;
  /**
   * The stylesheet of Asciidoctor that earlier versions wrote at the output root; no longer written (the site has
   * one stylesheet, {@code assets/stackdocs.css}), still owned so an upgrade removes it.
   */
  public static final String STYLESHEET = "asciidoctor.css";

  /**
   * AsciidoctorJ also sends every message to java.util.logging logger "asciidoctor", which would print
   * them raw on the console; they are captured as findings instead. Held here so the setting sticks.
   */
  private static final java.util.logging.Logger JUL = java.util.logging.Logger.getLogger("asciidoctor");

  static {
    JUL.setLevel(java.util.logging.Level.OFF);
  }

  /**
   * One converted page: its HTML path, its title and its body (Asciidoctor's HTML, without a frame).
   */
  public record Fragment(String path, String title, String body) {}

  private Asciidoctor asciidoctor;
  /** The messages of the conversion running on each thread (Asciidoctor reports them on the converting thread). */
  private final ThreadLocal<List<LogRecord>> log = new ThreadLocal<>();
  private final int threads;
  private int conversions;

  /** Converts on as many threads as there are processors, at most four. */
  public HtmlRenderer() {
    this(Math.min(4, Runtime.getRuntime().availableProcessors()));
  }

  /** Converts on at most {@code threads} threads (1: on the calling thread only). */
  HtmlRenderer(int threads) {
    this.threads = Math.max(1, threads);
  }

  /**
   * Converts every {@code .adoc} document: its body and title, in the input order. Warnings and errors Asciidoctor
   * reports are added to {@code findings}, each at its page.
   */
  public List<Fragment> convert(List<Document> adocDocuments, List<Finding> findings) {
    List<Document> pages = adocDocuments.stream().filter(d -> d.path().endsWith(".adoc")).toList();
    List<Converted> converted = new ArrayList<>();
    if (!pages.isEmpty()) {
      converted.add(convert(engine(), pages.get(0))); // alone: JRuby's lazy set-up on one thread
      converted.addAll(convertAll(pages.subList(1, pages.size())));
    }
    List<Fragment> result = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      Converted c = converted.get(i);
      for (LogRecord r : c.log()) {
        findings.add(toFinding(pages.get(i).path(), r));
      }
      result.add(c.page());
    }
    conversions += pages.size();
    return result;
  }

  /**
   * As {@link #convert}, each page standalone: a plain HTML page with the Content-Security-Policy, its title and
   * body, outside any site (tests, the benchmark).
   */
  public List<Document> render(List<Document> adocDocuments, List<Finding> findings) {
    return convert(adocDocuments, findings).stream().map(f -> new Document(f.path(), "<!DOCTYPE html>\n<html lang=\"en\">\n"
        + "<head>\n" + ContentSecurityPolicy.META + "<meta charset=\"UTF-8\">\n<title>" + f.title()
        + "</title>\n</head>\n<body>\n" + f.body() + "</body>\n</html>\n")).toList();
  }

  /** One converted page and the messages Asciidoctor gave on it. */
  private record Converted(Fragment page, List<LogRecord> log) {}

  /**
   * The pages converted on up to {@link #threads} threads, the largest first; the results in the input order. A page
   * of more than {@link #LARGE} bytes of AsciiDoc (the overview and findings of a big project) is converted on this
   * thread meanwhile, one at a time: converting one takes many times its size in memory, and several at once could
   * need several times the heap one did.
   */
  private List<Converted> convertAll(List<Document> pages) {
    int pool = Math.min(threads, pages.size());
    if (pool <= 1) {
      return pages.stream().map(p -> convert(engine(), p)).toList();
    }
    Asciidoctor engine = engine();
    ExecutorService executor = Executors.newFixedThreadPool(pool, r -> {
      Thread t = new Thread(r, "stackdocs-html");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Integer> order = new ArrayList<>(IntStream.range(0, pages.size()).boxed().toList());
      order.sort(Comparator.comparingInt((Integer i) -> -pages.get(i).utf8().length).thenComparingInt(i -> i));
      List<Future<Converted>> futures = new ArrayList<>(Collections.nCopies(pages.size(), null));
      List<Integer> large = new ArrayList<>();
      for (int i : order) {
        if (pages.get(i).utf8().length > LARGE) {
          large.add(i);
        } else {
          futures.set(i, executor.submit(() -> convert(engine, pages.get(i))));
        }
      }
      List<Converted> result = new ArrayList<>(Collections.nCopies(pages.size(), null));
      for (int i : large) {
        result.set(i, convert(engine, pages.get(i)));
      }
      for (int i = 0; i < pages.size(); i++) {
        if (futures.get(i) != null) {
          result.set(i, futures.get(i).get());
        }
      }
      return result;
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while converting pages to HTML", e);
    } finally {
      stop(executor);
    }
  }

  /**
   * Stops the pool and waits for its threads: after a failure, conversions still running must end before the
   * runtime can be shut down under them ({@link #close}). After a success no task is left and this returns at once.
   */
  private static void stop(ExecutorService executor) {
    executor.shutdownNow();
    try {
      // bounded: a conversion that ignores the interrupt must not hang the build; the failure is reported anyway
      executor.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** One page: its title and body, converted. */
  private Converted convert(Asciidoctor engine, Document doc) {
    List<LogRecord> messages = new ArrayList<>();
    log.set(messages);
    String title;
    String body;
    try {
      org.asciidoctor.ast.Document loaded = engine.load(doc.content(), options());
      // a document without a header has no doctitle attribute; getDoctitle() would name it by its first section
      String doctitle = loaded.hasAttribute("doctitle") ? loaded.getDoctitle() : null;
      title = doctitle == null || doctitle.isBlank() ? escapedName(doc.path()) : TAG.matcher(doctitle).replaceAll("");
      body = normalize(loaded.convert());
    } finally {
      log.remove();
    }
    return new Converted(new Fragment(htmlPath(doc.path()), title, body), messages);
  }

  private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile("<[^>]*>");

  /** A page without a title is named by its file (a sanitized name: nothing to escape but to be sure). */
  private static String escapedName(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1, path.length() - ".adoc".length());
    return SiteNavigation.escape(name);
  }

  /** The HTML page made from an AsciiDoc page: {@code stacks/a.adoc} → {@code stacks/a.html}. */
  public static String htmlPath(String adocPath) {
    return adocPath.substring(0, adocPath.length() - ".adoc".length()) + ".html";
  }

  /**
   * Everything the conversion of {@code adoc} depends on besides the stackdocs build and the page's path: its
   * AsciiDoc. Equal bytes make an equal body; so a page converted from equal bytes before is reused without
   * converting, with {@link HtmlPages#renavigated} giving it the site's current navigation (incremental generate).
   */
  public static byte[] madeFrom(Document adoc) {
    return adoc.utf8();
  }

  private Options options() {
    org.asciidoctor.AttributesBuilder attributes = Attributes.builder()
        .attribute("nofooter", "")
        .attribute("reproducible", "")
        .attribute("showtitle", "")
        .attribute("outfilesuffix", ".html")
        .attribute("sectanchors", "")
        .attribute("max-include-depth", "0")
        .attribute("allow-uri-read", null)
        // nothing from another host: no web fonts, no remote icon font, no MathJax or highlight.js from a CDN (set
        // here, so a page cannot set them; the Content-Security-Policy would block them anyway)
        .attribute("webfonts", null)
        .attribute("iconfont-remote", null)
        .attribute("stem", null)
        .attribute("source-highlighter", null)
        // runbook pages are runbooks/<stack>/<name>.html: their game-day links lead to the site's gamedays/ folder
        .attribute("stackdocs-gamedays", "../../" + io.github.stackdocs.render.gameday.GameDay.FOLDER);
    return Options.builder()
        .safe(SafeMode.SECURE)
        .standalone(false)
        .attributes(attributes.build())
        .build();
  }

  private Asciidoctor engine() {
    if (asciidoctor == null) {
      asciidoctor = Asciidoctor.Factory.create();
      asciidoctor.registerLogHandler(record -> {
        List<LogRecord> messages = log.get();
        if (messages != null) {
          messages.add(record);
        }
      });
    }
    return asciidoctor;
  }

  /** How many pages this renderer converted (tests use it to prove unchanged pages were not). */
  public int conversions() {
    return conversions;
  }

  /** True once the Asciidoctor runtime has been started (tests use it to prove it was not). */
  public boolean started() {
    return asciidoctor != null;
  }

  private static Finding toFinding(String docPath, LogRecord r) {
    int line = r.getCursor() == null ? 0 : r.getCursor().getLineNumber();
    Severity severity = switch (r.getSeverity()) {
      case ERROR, FATAL -> Severity.ERROR;
      case WARN -> Severity.WARN;
      default -> Severity.INFO;
    };
    return new Finding(severity, "asciidoc", "Asciidoctor: " + r.getMessage(),
        new SourceLocation(docPath, Math.max(line, 0), line > 0 ? 1 : 0), "");
  }

  private static String normalize(String html) {
    String s = html.replace("\r\n", "\n");
    return s.endsWith("\n") ? s : s + "\n";
  }

  @Override
  public void close() {
    if (asciidoctor != null) {
      asciidoctor.shutdown();
      asciidoctor = null;
    }
  }
}

package io.github.stackdocs.render.html;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Severity;
import io.github.stackdocs.model.SourceLocation;
import io.github.stackdocs.render.Document;
import io.github.stackdocs.render.site.SiteMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
 * Turns AsciiDoc documents into HTML pages with AsciidoctorJ. One instance per execution: the JRuby
 * runtime behind it costs seconds to start, so it is created lazily, on the first conversion, and
 * only when HTML is asked for. Conversion runs in SECURE mode (no includes, no file reads), with no
 * dates in the output. Asciidoctor warnings become findings.
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
  /** The stylesheet the pages link to, written once at the output root. */
  public static final String STYLESHEET = "asciidoctor.css";
  private static final String STYLESHEET_RESOURCE = "/gems/asciidoctor-2.0.26/data/stylesheets/asciidoctor-default.css";

  /**
   * AsciidoctorJ also sends every message to java.util.logging logger "asciidoctor", which would print
   * them raw on the console; they are captured as findings instead. Held here so the setting sticks.
   */
  private static final java.util.logging.Logger JUL = java.util.logging.Logger.getLogger("asciidoctor");

  static {
    JUL.setLevel(java.util.logging.Level.OFF);
  }

  /**
   * Additions to Asciidoctor's stylesheet: long identifiers and paths may wrap anywhere inside a table
   * cell, so browsers can give columns the widths the pages ask for instead of the longest word's.
   */
  private static final String STACKDOCS_CSS = """

      /* stackdocs */
      td.tableblock{overflow-wrap:anywhere}
      """;

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
   * Converts every {@code .adoc} document to an {@code .html} page at the same path, plus the stylesheet.
   * Warnings and errors Asciidoctor reports are added to {@code findings}.
   */
  public List<Document> render(List<Document> adocDocuments, List<Finding> findings) {
    return render(adocDocuments, Optional.empty(), findings);
  }

  /**
   * As {@link #render(List, List)}; with a site map, every page also gets the site's breadcrumbs and sidebar
   * navigation ({@link SiteNavigation}) and a table of contents on the left.
   */
  public List<Document> render(List<Document> adocDocuments, Optional<SiteMap> site, List<Finding> findings) {
    List<Document> pages = adocDocuments.stream().filter(d -> d.path().endsWith(".adoc")).toList();
    List<Converted> converted = new ArrayList<>();
    if (!pages.isEmpty()) {
      converted.add(convert(pages.get(0), site)); // alone: JRuby's lazy set-up on one thread
      converted.addAll(convertAll(pages.subList(1, pages.size()), site));
    }
    List<Document> html = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      Converted c = converted.get(i);
      for (LogRecord r : c.log()) {
        findings.add(toFinding(pages.get(i).path(), r));
      }
      html.add(c.page());
    }
    conversions += pages.size();
    html.add(stylesheetDocument());
    return html;
  }

  /** One converted page and the messages Asciidoctor gave on it. */
  private record Converted(Document page, List<LogRecord> log) {}

  /**
   * The pages converted on up to {@link #threads} threads, the largest first; the results in the input order. A page
   * of more than {@link #LARGE} bytes of AsciiDoc (the overview and findings of a big project) is converted on this
   * thread meanwhile, one at a time: converting one takes many times its size in memory, and several at once could
   * need several times the heap one did.
   */
  private List<Converted> convertAll(List<Document> pages, Optional<SiteMap> site) {
    int pool = Math.min(threads, pages.size());
    if (pool <= 1) {
      return pages.stream().map(p -> convert(p, site)).toList();
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
          futures.set(i, executor.submit(() -> convert(engine, pages.get(i), site)));
        }
      }
      List<Converted> result = new ArrayList<>(Collections.nCopies(pages.size(), null));
      for (int i : large) {
        result.set(i, convert(engine, pages.get(i), site));
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

  private Converted convert(Document doc, Optional<SiteMap> site) {
    return convert(engine(), doc, site);
  }

  /** One page: converted, with the site's assets and, in a site, its breadcrumbs and navigation. */
  private Converted convert(Asciidoctor engine, Document doc, Optional<SiteMap> site) {
    List<LogRecord> messages = new ArrayList<>();
    log.set(messages);
    String converted;
    try {
      converted = engine.convert(doc.content(), options(doc.path(), site.isPresent()));
    } finally {
      log.remove();
    }
    String path = htmlPath(doc.path());
    String page = withSite(path, normalize(converted));
    if (site.isPresent()) {
      page = withNavigation(page, site.get(), path.substring(0, path.length() - ".html".length()));
    }
    return new Converted(new Document(path, page), messages);
  }

  /** The HTML page made from an AsciiDoc page: {@code stacks/a.adoc} → {@code stacks/a.html}. */
  public static String htmlPath(String adocPath) {
    return adocPath.substring(0, adocPath.length() - ".adoc".length()) + ".html";
  }

  /**
   * Everything the conversion of {@code adoc} depends on besides the stackdocs build and the page's path: the
   * AsciiDoc and whether the page is part of a site. Equal bytes make an equal page up to its breadcrumbs and
   * navigation, which are inserted after the conversion; so a page converted from equal bytes before is reused
   * without converting, with {@link #renavigated} giving it the site's current navigation (incremental generate).
   * A new stack changes every page's sidebar, and no page needs converting again for that.
   */
  public static byte[] madeFrom(Document adoc, Optional<SiteMap> site) {
    byte[] head = ((site.isPresent() ? "site" : "plain") + "\u0000").getBytes(StandardCharsets.UTF_8);
    byte[] body = adoc.utf8();
    byte[] all = java.util.Arrays.copyOf(head, head.length + body.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  /**
   * A site page made by this class earlier, with the breadcrumbs and navigation {@code site} gives it now in place of
   * the ones it has: byte-identical to converting its AsciiDoc again. Empty when the page does not have them where
   * {@link #withNavigation} puts them (then convert it).
   */
  public static Optional<Document> renavigated(Document html, SiteMap site) {
    String text = html.content();
    String page = html.path().substring(0, html.path().length() - ".html".length());
    int crumbs = text.indexOf(HEADER);
    if (crumbs < 0 || !text.startsWith(CRUMBS_START, crumbs + HEADER.length())) {
      return Optional.empty();
    }
    crumbs += HEADER.length();
    int crumbsEnd = text.indexOf(NAV_END, crumbs);
    int nav = crumbsEnd < 0 ? -1 : text.indexOf(TOC + NAV_START, crumbsEnd);
    int navEnd = nav < 0 ? -1 : text.indexOf(NAV_END, nav);
    if (navEnd < 0) {
      return Optional.empty();
    }
    nav += TOC.length();
    String updated = text.substring(0, crumbs) + SiteNavigation.breadcrumbs(site, page)
        + text.substring(crumbsEnd + NAV_END.length(), nav) + SiteNavigation.nav(site, page)
        + text.substring(navEnd + NAV_END.length());
    return Optional.of(new Document(html.path(), updated));
  }

  private static final String HEADER = "<div id=\"header\">\n";
  private static final String TOC = "<div id=\"toc\" class=\"toc2\">\n";
  private static final String CRUMBS_START = "<nav class=\"stackdocs-breadcrumbs\"";
  private static final String NAV_START = "<nav id=\"stackdocs-nav\"";
  private static final String NAV_END = "</nav>\n";

  /** The stylesheet the pages link to (needs no conversion, so the runtime is not started for it). */
  public static Document stylesheetDocument() {
    return new Document(STYLESHEET, stylesheet());
  }

  private Options options(String path, boolean site) {
    int depth = (int) path.chars().filter(c -> c == '/').count();
    String stylesdir = depth == 0 ? "." : String.join("/", Collections.nCopies(depth, ".."));
    org.asciidoctor.AttributesBuilder attributes = Attributes.builder()
        .attribute("nofooter", "")
        .attribute("reproducible", "")
        .attribute("linkcss", "")
        .attribute("stylesdir", stylesdir)
        .attribute("stylesheet", STYLESHEET)
        .attribute("outfilesuffix", ".html")
        .attribute("sectanchors", "")
        .attribute("max-include-depth", "0")
        .attribute("allow-uri-read", null)
        // nothing from another host: no web fonts, no remote icon font, no MathJax or highlight.js from a CDN (set
        // here, so a page cannot set them; the Content-Security-Policy would block them anyway)
        .attribute("webfonts", null)
        .attribute("iconfont-remote", null)
        .attribute("stem", null)
        .attribute("source-highlighter", null);
    if (site) {
      attributes.attribute("toc", "left"); // every page of the site gets the sidebar with the site navigation
    }
    return Options.builder()
        .safe(SafeMode.SECURE)
        .standalone(true)
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

  /**
   * The page with its Content-Security-Policy ({@link ContentSecurityPolicy}) and the site's style, search box and
   * scripts ({@link SiteAssets}) linked in.
   */
  static String withSite(String path, String html) {
    String page = ContentSecurityPolicy.inHead(html).replace("</head>", SiteAssets.head(path) + "</head>");
    int body = page.indexOf("<body");
    int bodyOpen = body < 0 ? -1 : page.indexOf('>', body);
    if (bodyOpen >= 0) {
      page = page.substring(0, bodyOpen + 1) + "\n" + SiteAssets.bodyStart(path) + page.substring(bodyOpen + 1);
    }
    int end = page.lastIndexOf("</body>");
    return end < 0 ? page : page.substring(0, end) + SiteAssets.bodyEnd(path) + page.substring(end);
  }

  /**
   * The page with breadcrumbs at the top of its header and the site navigation at the top of its table of
   * contents (a page without one gets a sidebar for the navigation).
   */
  static String withNavigation(String html, SiteMap site, String page) {
    String result = insertAfter(html, HEADER, SiteNavigation.breadcrumbs(site, page));
    String nav = SiteNavigation.nav(site, page);
    String withNav = insertAfter(result, TOC, nav);
    if (withNav != result) {
      return withNav;
    }
    // a page without sections has no table of contents: the navigation gets a sidebar of its own
    String sidebar = TOC + nav + "</div>\n";
    String inHeader = insertAfter(result, NAV_END, sidebar);
    return inHeader != result ? inHeader : insertAfter(result, "<div id=\"stackdocs-search\"", sidebar, "</div>\n");
  }

  /** {@code text} inserted after the first {@code marker}; the same instance when there is none. */
  private static String insertAfter(String html, String marker, String text) {
    return insertAfter(html, marker, text, "");
  }

  /** As above, after the first {@code end} following {@code marker}. */
  private static String insertAfter(String html, String marker, String text, String end) {
    int at = html.indexOf(marker);
    if (at < 0) {
      return html;
    }
    int after = end.isEmpty() ? at + marker.length() : html.indexOf(end, at) + end.length();
    return html.substring(0, after) + text + html.substring(after);
  }

  private static String normalize(String html) {
    String s = html.replace("\r\n", "\n");
    return s.endsWith("\n") ? s : s + "\n";
  }

  private static String stylesheet() {
    try (InputStream in = Asciidoctor.class.getResourceAsStream(STYLESHEET_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Asciidoctor's default stylesheet is missing from the class path: " + STYLESHEET_RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8) + STACKDOCS_CSS;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    if (asciidoctor != null) {
      asciidoctor.shutdown();
      asciidoctor = null;
    }
  }
}

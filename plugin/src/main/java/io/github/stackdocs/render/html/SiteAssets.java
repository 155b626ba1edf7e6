package io.github.stackdocs.render.html;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.stackdocs.render.Document;
import io.github.stackdocs.render.site.SiteMap;
import io.github.stackdocs.render.view.ProjectView;
import io.github.stackdocs.render.view.ResourceView;
import io.github.stackdocs.render.view.ServiceView;
import io.github.stackdocs.render.view.StackView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The files the HTML site needs besides its pages, all local so it works from {@code file://} and any static
 * host with no network: a search index over stacks, resources (logical id, type, construct path) and runbook pages,
 * the script that searches it and lists the stacks in the sidebar, and the site's style (light and dark).
 */
public final class SiteAssets {
  /** The folder of the assets, relative to the output root. */
  public static final String FOLDER = "assets";
  static final String INDEX = FOLDER + "/search-index.js";
  static final String SCRIPT = FOLDER + "/stackdocs.js";
  static final String STYLE = FOLDER + "/stackdocs.css";
  private static final ObjectMapper JSON = new ObjectMapper();

  private SiteAssets() {}

  /** The three asset files for {@code view}, sorted by path. */
  public static List<Document> of(ProjectView view) {
    return of(view, java.util.Optional.empty());
  }

  /** As above; with the site map, its runbook pages are in the search index too. */
  public static List<Document> of(ProjectView view, java.util.Optional<SiteMap> site) {
    return List.of(
        new Document(INDEX, searchIndex(view, site)),
        new Document(SCRIPT, resource("stackdocs.js")),
        new Document(STYLE, resource("stackdocs.css")));
  }

  /**
   * {@code window.STACKDOCS_INDEX = {...};} — stacks and resources with their page and anchor (HTML paths
   * relative to the output root). Values from templates are JSON-escaped, and {@code <}, {@code >},
   * {@code &}, U+2028/9 too, so nothing can end the script; the page script only ever sets text, never HTML.
   */
  static String searchIndex(ProjectView view) {
    return searchIndex(view, java.util.Optional.empty());
  }

  /** As above, with an entry per runbook page of the site (type {@code Runbook}). */
  static String searchIndex(ProjectView view, java.util.Optional<SiteMap> site) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode stacks = root.putArray("stacks");
    ArrayNode entries = root.putArray("entries");
    for (StackView s : view.stacks()) {
      stacks.addObject().put("name", s.name()).put("url", s.page() + ".html");
      for (ServiceView group : s.services()) {
        for (ResourceView r : group.resources()) {
          entries.addObject()
              .put("id", r.logicalId())
              .put("type", r.type())
              .put("path", r.constructPath())
              .put("stack", s.name())
              .put("url", s.page() + ".html#" + r.anchor());
        }
      }
    }
    for (SiteMap.RunbookEntry r : site.map(SiteMap::runbooks).orElse(List.of())) {
      entries.addObject()
          .put("id", r.resource())
          .put("type", "Runbook")
          .put("path", "")
          .put("stack", r.stack())
          .put("url", r.page() + ".html");
    }
    try {
      String json = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root).replace("\r\n", "\n")
          .replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
          .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
      return "window.STACKDOCS_INDEX = " + json + ";\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = SiteAssets.class.getResourceAsStream("/io/github/stackdocs/site/" + name)) {
      if (in == null) {
        throw new IllegalStateException("site asset " + name + " is missing from the plugin jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tags a page at {@code path} (relative to the output root) needs: style in the head, scripts at the end. */
  static String head(String path) {
    return "<link rel=\"stylesheet\" href=\"" + prefix(path) + STYLE + "\">\n";
  }

  static String bodyStart(String path) {
    return "<div id=\"stackdocs-search\" data-root=\"" + prefix(path) + "\"></div>\n";
  }

  static String bodyEnd(String path) {
    return "<script src=\"" + prefix(path) + INDEX + "\"></script>\n<script src=\"" + prefix(path) + SCRIPT
        + "\"></script>\n";
  }

  private static String prefix(String path) {
    int depth = (int) path.chars().filter(c -> c == '/').count();
    return "../".repeat(depth);
  }
}

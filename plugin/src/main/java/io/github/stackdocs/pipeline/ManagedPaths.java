package io.github.stackdocs.pipeline;

import io.github.stackdocs.render.DocumentRenderer;
import io.github.stackdocs.render.Format;
import io.github.stackdocs.render.gameday.GameDay;
import io.github.stackdocs.render.antora.AntoraComponent;
import io.github.stackdocs.render.html.HtmlRenderer;
import io.github.stackdocs.render.html.SiteAssets;
import io.github.stackdocs.render.site.SiteMap;
import io.github.stackdocs.render.view.IncidentsView;
import java.util.Set;
import java.util.function.Predicate;

/** Which files of the output folder stackdocs owns for a set of formats: the only ones it writes, deletes or checks. */
final class ManagedPaths {
  private ManagedPaths() {}

  /**
   * The files this tool owns in the output folder: index and stack pages of the asked formats, model.json, the
   * diagrams with AsciiDoc or HTML, the HTML site's own pages (findings, change log, runbooks) and assets,
   * and the Antora component's folder.
   */
  static Predicate<String> of(Set<Format> formats) {
    return path -> {
      if (path.startsWith(GameDay.FOLDER + "/") && path.endsWith(".yaml")) {
        return true; // game-day stubs, written whatever the formats when runbooks are on
      }
      if (DocumentRenderer.writesDiagrams(formats) && path.startsWith("diagrams/")
          && (path.endsWith(".svg") || path.endsWith(".mmd"))) {
        return true;
      }
      for (Format f : formats) {
        if (f == Format.JSON) {
          if (path.equals("model.json")) {
            return true;
          }
          continue;
        }
        if (f == Format.ANTORA) {
          if (AntoraComponent.owns(path)) {
            return true;
          }
          continue;
        }
        String ext = "." + f.extension();
        if (path.equals("index" + ext) || path.equals(IncidentsView.PAGE + ext)
            || (path.startsWith("stacks/") && path.endsWith(ext))) {
          return true;
        }
        if (f == Format.HTML && (path.equals(HtmlRenderer.STYLESHEET) || path.startsWith(SiteAssets.FOLDER + "/")
            || path.equals(SiteMap.FINDINGS + ext) || path.equals(SiteMap.CHANGELOG + ext)
            || (path.startsWith(SiteMap.RUNBOOKS + "/") && path.endsWith(ext)))) {
          return true;
        }
      }
      return false;
    };
  }

}

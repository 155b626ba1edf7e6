package io.github.stackdocs.render.html;

/**
 * The Content-Security-Policy every HTML page carries, as a {@code <meta http-equiv>} first in its head (a static
 * site has no server to send the header; the meta works from {@code file://} too). The site loads only its own files:
 * its stylesheets, scripts, diagrams ({@code <object>} SVGs) and images; no page can make a request to another host,
 * run an inline script, post a form or move its base. So even markup that escaped escaping could not reach outside.
 */
public final class ContentSecurityPolicy {
  /**
   * The policy. The diagrams are SVG {@code <object>}s, which need {@code object-src} and, as Chromium frames them,
   * {@code frame-src}; Asciidoctor writes some inline styles. Checked in headless Chromium (SiteInBrowserTest).
   */
  public static final String POLICY = "default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
      + " script-src 'self'; font-src 'self' data:; connect-src 'self'; object-src 'self'; frame-src 'self';"
      + " base-uri 'none'; form-action 'none'";

  /** The meta element of {@link #POLICY}. */
  public static final String META = "<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">\n";

  private ContentSecurityPolicy() {}

  /** The page with {@link #META} first in its head (the policy covers only what comes after it). */
  static String inHead(String html) {
    int head = html.indexOf("<head>");
    if (head < 0) {
      return html;
    }
    int at = head + "<head>".length();
    int lineEnd = at < html.length() && html.charAt(at) == '\n' ? at + 1 : at;
    return html.substring(0, lineEnd) + META + html.substring(lineEnd);
  }
}

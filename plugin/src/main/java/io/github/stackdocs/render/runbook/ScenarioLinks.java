package io.github.stackdocs.render.runbook;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * How runbooks link the game-day stubs of their failure scenarios.
 *
 * @param root the output folder's game-day folder relative to a runbook file ({@code ../../../../docs/gamedays}),
 *     or empty when no relative link exists (then nothing is linked)
 * @param byRunbook runbook path → failure scenario → the stub's path below {@code root}
 */
public record ScenarioLinks(String root, Map<String, Map<String, String>> byRunbook) {
  /** No stubs. */
  public static final ScenarioLinks NONE = new ScenarioLinks("", Map.of());
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

  public ScenarioLinks {
    byRunbook = Map.copyOf(byRunbook);
    if (!root.isEmpty() && !SAFE.matcher(root).matches()) {
      root = "";
    }
  }

  /** The path made safe for an AsciiDoc link target: bytes outside {@code [A-Za-z0-9._/-]} percent-encoded. */
  public static String linkPath(String path) {
    StringBuilder sb = new StringBuilder();
    for (byte b : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (b >= 0 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-' || c == '/')) {
        sb.append(c);
      } else {
        sb.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xFF));
      }
    }
    return sb.toString();
  }
}

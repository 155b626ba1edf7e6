package io.github.stackdocs.read.notes;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The one rule for annotation URLs: absolute {@code http} or {@code https} with a host, no blanks or controls. */
public final class Urls {
  private Urls() {}

  public static boolean isHttp(String value) {
    if (value == null || value.isEmpty() || value.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      return false;
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https")) && uri.getRawAuthority() != null
          && !uri.getRawAuthority().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}

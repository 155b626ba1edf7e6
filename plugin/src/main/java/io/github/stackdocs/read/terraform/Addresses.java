package io.github.stackdocs.read.terraform;

import java.util.ArrayList;
import java.util.List;

/**
 * Terraform addresses: {@code module.vpc["a"].aws_subnet.private[0]} has the module path {@code module.vpc["a"]}
 * and the instance key {@code [0]}; without instance keys it is the configuration address
 * {@code module.vpc.aws_subnet.private} that groups the {@code count}/{@code for_each} instances.
 */
final class Addresses {
  private Addresses() {}

  /** {@code address} without its instance keys ({@code [0]}, {@code ["a"]}), quoted keys read with their escapes. */
  static String withoutKeys(String address) {
    StringBuilder b = new StringBuilder(address.length());
    int i = 0;
    while (i < address.length()) {
      char c = address.charAt(i);
      if (c != '[') {
        b.append(c);
        i++;
        continue;
      }
      i = keyEnd(address, i);
    }
    return b.toString();
  }

  /** The index after the key that opens at {@code open} ('['), or the end of the text. */
  private static int keyEnd(String address, int open) {
    boolean quoted = false;
    for (int i = open + 1; i < address.length(); i++) {
      char c = address.charAt(i);
      if (quoted && c == '\\') {
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ']' && !quoted) {
        return i + 1;
      }
    }
    return address.length();
  }

  /**
   * The parts of a traversal split at the dots outside keys: {@code module.a["x.y"].out} → {@code module},
   * {@code a["x.y"]}, {@code out}.
   */
  static List<String> parts(String traversal) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < traversal.length()) {
      char c = traversal.charAt(i);
      if (c == '[') {
        i = keyEnd(traversal, i);
        continue;
      }
      if (c == '.') {
        parts.add(traversal.substring(start, i));
        start = i + 1;
      }
      i++;
    }
    parts.add(traversal.substring(start));
    return parts;
  }

  /** The module path of a configuration address ({@code module.a.module.b.aws_x.y} → {@code module.a.module.b}). */
  static String modulePath(String configAddress) {
    List<String> parts = parts(configAddress);
    int n = 0;
    while (n + 1 < parts.size() && parts.get(n).equals("module")) {
      n += 2;
    }
    return String.join(".", parts.subList(0, Math.min(n, parts.size())));
  }

  /** {@code prefix.rest}, or {@code rest} for the root module's empty prefix. */
  static String join(String prefix, String rest) {
    return prefix.isEmpty() ? rest : prefix + "." + rest;
  }
}

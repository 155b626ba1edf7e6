package io.github.stackdocs.read.params;

import io.github.stackdocs.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * SAM's {@code parameter_overrides} (and {@code tags}) text: pairs separated by spaces, each {@code Key=Value} or
 * {@code ParameterKey=Key,ParameterValue=Value}; a value is {@code "quoted"} (may hold spaces; {@code \"} is a quote)
 * or runs to the next space ({@code \ } is a space). One pass over the text, no regular expression. A piece that is
 * not a pair is one ERROR, and the rest is still read.
 */
final class SamOverrides {
  private static final String CFN_KEY = "ParameterKey=";
  private static final String CFN_VALUE = ",ParameterValue=";

  /** One pair, with the offset of its key in the text. */
  record Pair(String key, String value, int offset) {}

  private SamOverrides() {}

  /**
   * @param where turns an offset in {@code text} into a location for findings
   */
  static List<Pair> parse(String text, IntFunction<SourceLocation> where, Findings findings) {
    List<Pair> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && Character.isWhitespace(text.charAt(i))) {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      boolean cfn = text.startsWith(CFN_KEY, i);
      int keyStart = cfn ? i + CFN_KEY.length() : i;
      int k = keyStart;
      while (k < n && isKeyChar(text.charAt(k))) {
        k++;
      }
      String key = text.substring(keyStart, k);
      String separator = cfn ? CFN_VALUE : "=";
      if (key.isEmpty() || !text.startsWith(separator, k)) {
        int end = skipToSpace(text, i);
        findings.error("sam-overrides-syntax", "expected Key=Value or ParameterKey=Key,ParameterValue=Value"
            + " (a value with spaces in double quotes)", where.apply(start));
        i = end;
        continue;
      }
      int v = k + separator.length();
      StringBuilder value = new StringBuilder();
      if (v < n && text.charAt(v) == '"') {
        int j = v + 1;
        while (j < n && text.charAt(j) != '"') {
          if (text.charAt(j) == '\\' && j + 1 < n && (text.charAt(j + 1) == '"' || text.charAt(j + 1) == ' ')) {
            j++;
          }
          value.append(text.charAt(j));
          j++;
        }
        if (j >= n) {
          findings.error("sam-overrides-syntax", "the quoted value of '" + key + "' has no closing quote",
              where.apply(start));
          break;
        }
        i = j + 1;
      } else {
        int j = v;
        while (j < n && !Character.isWhitespace(text.charAt(j))) {
          if (text.charAt(j) == '\\' && j + 1 < n && (text.charAt(j + 1) == '"' || text.charAt(j + 1) == ' ')) {
            j++;
          }
          value.append(text.charAt(j));
          j++;
        }
        i = j;
      }
      out.add(new Pair(key, value.toString(), keyStart));
    }
    return out;
  }

  private static boolean isKeyChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':');
  }

  private static int skipToSpace(String text, int i) {
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}

package io.github.stackdocs.render.view;

/** Small text helpers the views share. */
public final class Texts {
  private Texts() {}

  /** The first line of a text, cut after its first sentence and at {@code max} characters (with "…"). */
  public static String firstSentence(String text, int max) {
    String line = text.strip().lines().findFirst().orElse("").strip();
    int stop = line.indexOf(". ");
    if (stop > 0) {
      line = line.substring(0, stop + 1);
    }
    return line.length() <= max ? line : line.substring(0, max - 1).strip() + "…";
  }
}

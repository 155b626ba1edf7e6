package io.github.stackdocs.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One generated file, in memory: its path relative to the output folder ('/' separators, already sanitized) and its
 * text content (UTF-8, '\n' line ends). The text is kept as UTF-8 bytes, the form it is written and compared in:
 * half the memory of a Java string for pages with a character beyond Latin-1, and no second copy when the
 * documents go to the output folder (at 50,000 resources the documents are most of the heap).
 */
public final class Document implements Comparable<Document> {
  private final String path;
  private final byte[] utf8;

  public Document(String path, String content) {
    this(path, Objects.requireNonNull(content, "content").getBytes(StandardCharsets.UTF_8));
  }

  /** A document whose text is already UTF-8 (the array is kept, not copied). */
  public static Document ofUtf8(String path, byte[] utf8) {
    return new Document(path, Objects.requireNonNull(utf8, "utf8"));
  }

  private Document(String path, byte[] utf8) {
    this.path = Objects.requireNonNull(path, "path");
    this.utf8 = utf8;
  }

  public String path() {
    return path;
  }

  /** The text (decoded on each call; prefer {@link #utf8()} where bytes will do). */
  public String content() {
    return new String(utf8, StandardCharsets.UTF_8);
  }

  /** The text as UTF-8; the document's own array, not to be changed. */
  public byte[] utf8() {
    return utf8;
  }

  @Override
  public int compareTo(Document o) {
    return path.compareTo(o.path);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Document d && d.path.equals(path) && Arrays.equals(d.utf8, utf8);
  }

  @Override
  public int hashCode() {
    return path.hashCode() * 31 + Arrays.hashCode(utf8);
  }

  @Override
  public String toString() {
    return "Document[path=" + path + ", " + utf8.length + " bytes]";
  }
}

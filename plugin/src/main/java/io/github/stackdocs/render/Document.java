package io.github.stackdocs.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One generated file: its path relative to the output folder ('/' separators, already sanitized) and its text content
 * (UTF-8, '\n' line ends). The text is kept as UTF-8 bytes, the form it is written and compared in: half the memory
 * of a Java string for pages with a character beyond Latin-1, and no second copy when the documents go to the output
 * folder (at 50,000 resources the documents are most of the heap). A document too large to hold ({@code model.json},
 * 157 MB at 50,000 resources) is {@linkplain #streamed streamed} instead: it holds how to write its text, and writes
 * it straight into a file ({@link #writeTo}); its bytes are only made in memory when asked for ({@link #utf8}).
 */
public final class Document implements Comparable<Document> {
  /** How a streamed document writes its text; writing it again writes the same bytes. */
  @FunctionalInterface
  public interface Body {
    void writeTo(OutputStream out) throws IOException;
  }

  private final String path;
  private final byte[] utf8; // null when streamed
  private final Body body; // null when held

  public Document(String path, String content) {
    this(path, Objects.requireNonNull(content, "content").getBytes(StandardCharsets.UTF_8));
  }

  /** A document whose text is already UTF-8 (the array is kept, not copied). */
  public static Document ofUtf8(String path, byte[] utf8) {
    return new Document(path, Objects.requireNonNull(utf8, "utf8"));
  }

  /** A document written by {@code body} each time its text is needed, never held (see the class comment). */
  public static Document streamed(String path, Body body) {
    return new Document(path, null, Objects.requireNonNull(body, "body"));
  }

  private Document(String path, byte[] utf8) {
    this(path, utf8, null);
  }

  private Document(String path, byte[] utf8, Body body) {
    this.path = Objects.requireNonNull(path, "path");
    this.utf8 = utf8;
    this.body = body;
  }

  /** Whether the text is written on demand ({@link #writeTo}) rather than held. */
  public boolean streamed() {
    return body != null;
  }

  /** Writes the text, UTF-8, to {@code out} (not closed). */
  public void writeTo(OutputStream out) throws IOException {
    if (body == null) {
      out.write(utf8);
    } else {
      body.writeTo(out);
    }
  }

  public String path() {
    return path;
  }

  /** The text (decoded on each call; prefer {@link #utf8()} where bytes will do). */
  public String content() {
    return new String(utf8(), StandardCharsets.UTF_8);
  }

  /**
   * The text as UTF-8; the document's own array, not to be changed. A streamed document writes its text into a new
   * array on each call.
   */
  public byte[] utf8() {
    if (body == null) {
      return utf8;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      body.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  @Override
  public int compareTo(Document o) {
    return path.compareTo(o.path);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Document d && d.path.equals(path) && Arrays.equals(d.utf8(), utf8());
  }

  @Override
  public int hashCode() {
    return path.hashCode() * 31 + Arrays.hashCode(utf8());
  }

  @Override
  public String toString() {
    return "Document[path=" + path + (body == null ? ", " + utf8.length + " bytes]" : ", streamed]");
  }
}

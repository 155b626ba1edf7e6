package io.github.stackdocs.output;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** A file to place under the output folder: a relative path with '/' separators and its bytes. */
public record OutputFile(String path, byte[] content) implements Comparable<OutputFile> {
  public OutputFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
  }

  public static OutputFile text(String path, String text) {
    return new OutputFile(path, text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int compareTo(OutputFile o) {
    return path.compareTo(o.path);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OutputFile f && f.path.equals(path) && java.util.Arrays.equals(f.content, content);
  }

  @Override
  public int hashCode() {
    return path.hashCode() * 31 + java.util.Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return path + " (" + content.length + " bytes)";
  }
}

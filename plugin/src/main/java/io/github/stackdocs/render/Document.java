package io.github.stackdocs.render;

import java.util.Objects;

/**
 * One generated file, in memory: its path relative to the output folder ('/' separators, already
 * sanitized) and its text content (UTF-8, '\n' line ends).
 */
public record Document(String path, String content) implements Comparable<Document> {
  public Document {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
  }

  @Override
  public int compareTo(Document o) {
    return path.compareTo(o.path);
  }
}

package io.github.stackdocs.output;

/** What to do with generated documents: write them, or only compare them with what is on disk. */
public enum WriteMode {
  WRITE,
  CHECK
}

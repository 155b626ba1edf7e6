package io.github.stackdocs.render.template;

import java.io.Writer;

/** A {@link java.io.StringWriter} without its synchronized {@link StringBuffer}: templates write many small pieces. */
final class StringBuilderWriter extends Writer {
  private final StringBuilder sb = new StringBuilder(1 << 14);

  @Override
  public void write(int c) {
    sb.append((char) c);
  }

  @Override
  public void write(char[] cbuf, int off, int len) {
    sb.append(cbuf, off, len);
  }

  @Override
  public void write(String str) {
    sb.append(str);
  }

  @Override
  public void write(String str, int off, int len) {
    sb.append(str, off, off + len);
  }

  @Override
  public Writer append(CharSequence csq) {
    sb.append(csq);
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return sb.toString();
  }
}

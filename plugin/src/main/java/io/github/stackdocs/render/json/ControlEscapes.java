package io.github.stackdocs.render.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import java.util.Locale;

/**
 * JSON escapes for files people read in a terminal or a pull request: besides what JSON must escape (below U+0020,
 * quote, backslash), DEL and the C1 controls (U+007F to U+009F, which include an 8-bit terminal escape) are written
 * {@code \}{@code u00XX}. The value is the same once parsed; no raw control character is in the file.
 */
public final class ControlEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;
  private static final ControlEscapes INSTANCE = new ControlEscapes();
  private final int[] ascii;

  private ControlEscapes() {
    ascii = standardAsciiEscapesForJSON();
    ascii[0x7f] = ESCAPE_STANDARD;
  }

  /** A factory whose generators use these escapes. */
  public static JsonFactory factory() {
    JsonFactory factory = new JsonFactory();
    factory.setCharacterEscapes(INSTANCE);
    return factory;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    return ch >= 0x80 && ch <= 0x9f ? new SerializedString(String.format(Locale.ROOT, "\\u%04X", ch)) : null;
  }
}

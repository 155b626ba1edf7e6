package io.github.stackdocs.read.cfn;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * A {@link YAMLFactory} whose parsers also tell what Jackson's API leaves out: the tag of a mapping key
 * ({@code getTypeId()} reports tags of values only, and CloudFormation rejects a key like {@code !ImportValue
 * Fn::Sub: x}) and the anchor of a scalar ({@code getCurrentAnchor()} reports anchors of mappings and lists).
 */
final class CfnYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  CfnYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  @Override
  protected YAMLParser _createParser(Reader reader, IOContext context) {
    return new EventAwareParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
  }

  @Override
  protected YAMLParser _createParser(char[] data, int offset, int len, IOContext context, boolean recyclable) {
    return _createParser(new java.io.CharArrayReader(data, offset, len), context);
  }

  /** A YAML parser that exposes the tag and anchor of the current event. */
  static final class EventAwareParser extends YAMLParser {
    EventAwareParser(IOContext context, int parserFeatures, int yamlFeatures, LoaderOptions options, ObjectCodec codec,
        Reader reader) {
      super(context, parserFeatures, yamlFeatures, options, codec, reader);
    }

    /** On a FIELD_NAME token: the key's tag without leading {@code !}, or null. */
    String keyTag() {
      if (_lastEvent instanceof ScalarEvent s && s.getTag() != null) {
        String tag = s.getTag();
        while (tag.startsWith("!")) {
          tag = tag.substring(1);
        }
        return tag;
      }
      return null;
    }

    /**
     * The current token's line, 1-based (0 when unknown): what {@code currentTokenLocation().getLineNr()} gives,
     * without allocating a {@code JsonLocation} for every value.
     */
    int tokenLine() {
      Mark m = _lastEvent == null ? null : _lastEvent.getStartMark();
      return m == null ? 0 : m.getLine() + 1;
    }

    /** The current token's column, 1-based (0 when unknown), as {@link #tokenLine()}. */
    int tokenColumn() {
      Mark m = _lastEvent == null ? null : _lastEvent.getStartMark();
      return m == null ? 0 : m.getColumn() + 1;
    }

    /** The anchor ({@code &name}) of the current value, or null. */
    String anchor() {
      return _lastEvent instanceof NodeEvent n && !(n instanceof AliasEvent) ? n.getAnchor() : null;
    }
  }
}

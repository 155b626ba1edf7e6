package io.github.stackdocs.read.cfn;

import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * A {@link YAMLFactory} whose parsers also tell the tag of a mapping key: Jackson's {@code getTypeId()} only
 * reports tags of values, and CloudFormation rejects a key like {@code !ImportValue Fn::Sub: x}.
 */
final class CfnYamlFactory extends YAMLFactory {
  private static final long serialVersionUID = 1L;

  CfnYamlFactory(YAMLFactoryBuilder builder) {
    super(builder);
  }

  @Override
  protected YAMLParser _createParser(Reader reader, IOContext context) {
    return new KeyTagParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, reader);
  }

  @Override
  protected YAMLParser _createParser(char[] data, int offset, int len, IOContext context, boolean recyclable) {
    return _createParser(new java.io.CharArrayReader(data, offset, len), context);
  }

  /** A YAML parser that exposes the tag of the current field name. */
  static final class KeyTagParser extends YAMLParser {
    KeyTagParser(IOContext context, int parserFeatures, int yamlFeatures, LoaderOptions options, ObjectCodec codec,
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
  }
}

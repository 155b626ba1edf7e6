package io.github.stackdocs.read.cfn;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.SourceLocation;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one {@link Node} value from a streaming parser's tokens: locations on every node and key, YAML
 * short-form tags in long form, duplicate keys reported, anchors and aliases resolved to the same node.
 * One instance per document; not thread-safe.
 */
final class NodeReader {
  /** At most this many aliases may point at mappings or lists (SnakeYAML's default). */
  static final int MAX_COLLECTION_ALIASES = 50;

  /** At most this many nodes once every alias is expanded, so later walks stay bounded. */
  static final long MAX_EXPANDED_NODES = 2_000_000;

  /**
   * At most this many characters of scalars and keys once every alias is expanded: no more than the largest file
   * read ({@link io.github.stackdocs.read.InputFiles#MAX_BYTES}) could hold without aliases. Counting values alone
   * let one 1 MiB scalar, aliased a thousand times, become a gigabyte of text in the documents.
   */
  static final long MAX_EXPANDED_CHARS = io.github.stackdocs.read.InputFiles.MAX_BYTES;

  private final JsonParser parser;
  private final YAMLParser yaml;
  private final Problems problems;
  private final Map<String, Anchored> anchors = new HashMap<>();
  private long expandedNodes;
  private long expandedChars;
  private int collectionAliases;

  private record Anchored(Node node, long size, long chars) {}

  NodeReader(JsonParser parser, Problems problems) {
    this.parser = parser;
    this.yaml = parser instanceof YAMLParser y ? y : null;
    this.problems = problems;
  }

  /** Reads the value whose first token is the parser's current token; leaves the parser on its last token. */
  Node readValue() throws IOException {
    return readValue(1);
  }

  private Node readValue(int depth) throws IOException {
    SourceLocation location = location();
    if (depth > ParserFactories.MAX_DEPTH) {
      throw new LimitExceeded(
          "nesting-too-deep", "nesting deeper than " + ParserFactories.MAX_DEPTH + " levels", location);
    }
    if (yaml != null && yaml.isCurrentAlias()) {
      return resolveAlias(parser.getText(), location);
    }
    String tag = yaml == null ? null : yaml.getTypeId();
    String anchor = yaml instanceof CfnYamlFactory.EventAwareParser e ? e.anchor() : null;
    long before = expandedNodes;
    long charsBefore = expandedChars;
    Node node = switch (parser.currentToken()) {
      case START_OBJECT -> readMap(depth, location);
      case START_ARRAY -> readList(depth, location);
      default -> scalar(location);
    };
    countNodes(1, location);
    if (!ShortFormTags.isPlain(tag)) {
      var longForm = ShortFormTags.toLongForm(tag, node, location);
      if (longForm.isPresent()) {
        node = longForm.get();
      } else {
        problems.error("unknown-tag", ShortFormTags.unknownTagMessage(tag), location);
      }
    }
    if (anchor != null) {
      anchors.put(anchor, new Anchored(node, expandedNodes - before, expandedChars - charsBefore));
    }
    return node;
  }

  private MapNode readMap(int depth, SourceLocation location) throws IOException {
    Map<String, Node> entries = new LinkedHashMap<>();
    Map<String, SourceLocation> keyLocations = new LinkedHashMap<>();
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      SourceLocation keyLocation = location();
      countChars(key.length(), keyLocation);
      String keyTag = yaml instanceof CfnYamlFactory.EventAwareParser k ? k.keyTag() : null;
      if (!ShortFormTags.isPlain(keyTag)) {
        problems.error("key-tag", "the mapping key '" + key + "' carries the tag !" + keyTag
            + "; a key must be a plain string (is the tag meant for a value?)", keyLocation);
      }
      parser.nextToken();
      Node value = readValue(depth + 1);
      SourceLocation first = keyLocations.get(key);
      if (first != null) {
        problems.error(
            "duplicate-key",
            "duplicate key '" + key + "' (first defined at line " + first.line() + ")",
            keyLocation);
      } else {
        entries.put(key, value);
        keyLocations.put(key, keyLocation);
      }
    }
    expect(token, JsonToken.END_OBJECT);
    return new MapNode(entries, keyLocations, location);
  }

  private ListNode readList(int depth, SourceLocation location) throws IOException {
    List<Node> items = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      if (token == null) {
        expect(null, JsonToken.END_ARRAY);
      }
      items.add(readValue(depth + 1));
    }
    return new ListNode(items, location);
  }

  private ScalarNode scalar(SourceLocation location) throws IOException {
    JsonToken token = parser.currentToken();
    if (token == null) {
      throw new IllegalStateException("unexpected end of input");
    }
    Object value = scalarValue(token);
    if (value instanceof String text) {
      countChars(text.length(), location);
    }
    return new ScalarNode(value, location);
  }

  private Object scalarValue(JsonToken token) throws IOException {
    switch (token) {
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      case VALUE_NUMBER_INT:
        return integer();
      case VALUE_NUMBER_FLOAT:
        return decimal();
      default:
        return parser.getText();
    }
  }

  private Object integer() throws IOException {
    try {
      Number n = parser.getNumberValue();
      return n instanceof BigInteger big ? normalize(big) : (Object) n.longValue();
    } catch (IOException | RuntimeException e) {
      return parser.getText(); // e.g. "!!int abc": keep what was written
    }
  }

  private static Object normalize(BigInteger big) {
    return big.bitLength() < 64 ? (Object) big.longValue() : big;
  }

  private Object decimal() throws IOException {
    try {
      return parser.getDoubleValue();
    } catch (IOException | RuntimeException e) {
      return parser.getText();
    }
  }

  private Node resolveAlias(String name, SourceLocation location) {
    Anchored anchored = anchors.get(name);
    if (anchored == null) {
      problems.error("yaml-syntax", "alias *" + name + " refers to no anchor defined before it", location);
      return new ScalarNode(null, location);
    }
    if (!(anchored.node() instanceof ScalarNode) && ++collectionAliases > MAX_COLLECTION_ALIASES) {
      throw new LimitExceeded(
          "yaml-alias-limit",
          "YAML alias limit exceeded: more than " + MAX_COLLECTION_ALIASES
              + " aliases to mappings or lists",
          location);
    }
    countNodes(anchored.size(), location);
    countChars(anchored.chars(), location);
    return anchored.node();
  }

  private void countNodes(long n, SourceLocation location) {
    expandedNodes += n;
    if (expandedNodes > MAX_EXPANDED_NODES) {
      throw new LimitExceeded(
          "yaml-alias-limit",
          "YAML alias limit exceeded: the template expands to more than " + MAX_EXPANDED_NODES + " values",
          location);
    }
  }

  private void countChars(long n, SourceLocation location) {
    expandedChars += n;
    if (expandedChars > MAX_EXPANDED_CHARS) {
      throw new LimitExceeded(
          "yaml-alias-limit",
          "YAML alias limit exceeded: the template expands to more than "
              + String.format(java.util.Locale.ROOT, "%,d", MAX_EXPANDED_CHARS)
              + " characters of text (aliases repeat the text of their anchor)",
          location);
    }
  }

  private void expect(JsonToken actual, JsonToken expected) {
    if (actual != expected) {
      throw new IllegalStateException("expected " + expected + " but found " + actual);
    }
  }

  SourceLocation location() {
    if (yaml instanceof CfnYamlFactory.EventAwareParser e) {
      return new SourceLocation(problems.file(), e.tokenLine(), e.tokenColumn());
    }
    JsonLocation l = parser.currentTokenLocation();
    return new SourceLocation(problems.file(), Math.max(l.getLineNr(), 0), Math.max(l.getColumnNr(), 0));
  }
}

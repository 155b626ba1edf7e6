package io.github.stackdocs.read.deployed.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.core.SdkField;
import software.amazon.awssdk.core.SdkPojo;
import software.amazon.awssdk.core.util.SdkAutoConstructList;
import software.amazon.awssdk.core.util.SdkAutoConstructMap;

/**
 * SDK v2 responses as the AWS CLI prints them: the API's member names in the service model's order, members
 * the API did not return left out, timestamps as Python's {@code isoformat()} ({@code 2026-11-18T16:40:03.129000+00:00},
 * no fraction when it is zero), pretty-printed with four spaces and {@code ": "}, a newline at the end.
 */
final class CliJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
      .withZone(ZoneOffset.UTC);

  private CliJson() {}

  /** The object of a response or model shape; {@code skip} names members left out (such as {@code NextToken}). */
  static ObjectNode object(SdkPojo pojo, Set<String> skip) {
    ObjectNode o = NODES.objectNode();
    for (SdkField<?> field : pojo.sdkFields()) {
      if (skip.contains(field.memberName())) {
        continue;
      }
      JsonNode v = value(field.getValueOrDefault(pojo));
      if (v != null) {
        o.set(field.memberName(), v);
      }
    }
    return o;
  }

  static ObjectNode object(SdkPojo pojo) {
    return object(pojo, Set.of());
  }

  /** {@code {"<member>": [items...]}}: the merged pages of a paginated call, as the CLI prints them. */
  static ObjectNode list(String member, Iterable<? extends SdkPojo> items) {
    ArrayNode array = NODES.arrayNode();
    items.forEach(i -> array.add(object(i)));
    ObjectNode o = NODES.objectNode();
    o.set(member, array);
    return o;
  }

  private static JsonNode value(Object v) {
    if (v == null || v instanceof SdkAutoConstructList<?> || v instanceof SdkAutoConstructMap<?, ?>) {
      return null;
    }
    if (v instanceof SdkPojo p) {
      return object(p);
    }
    if (v instanceof String s) {
      return NODES.textNode(s);
    }
    if (v instanceof Boolean b) {
      return NODES.booleanNode(b);
    }
    if (v instanceof Integer i) {
      return NODES.numberNode(i);
    }
    if (v instanceof Long l) {
      return NODES.numberNode(l);
    }
    if (v instanceof Double d) {
      return NODES.numberNode(d);
    }
    if (v instanceof Float f) {
      return NODES.numberNode(f);
    }
    if (v instanceof BigDecimal d) {
      return NODES.numberNode(d);
    }
    if (v instanceof Instant t) {
      return NODES.textNode(timestamp(t));
    }
    if (v instanceof Collection<?> c) {
      ArrayNode a = NODES.arrayNode();
      c.forEach(e -> {
        JsonNode n = value(e);
        a.add(n == null ? NODES.nullNode() : n);
      });
      return a;
    }
    if (v instanceof Map<?, ?> m) {
      ObjectNode o = NODES.objectNode();
      m.forEach((k, e) -> {
        JsonNode n = value(e);
        o.set(String.valueOf(k), n == null ? NODES.nullNode() : n);
      });
      return o;
    }
    return NODES.textNode(v.toString()); // enums are strings in the SDK; anything else as text
  }

  /** Python's {@code datetime.isoformat()} of a UTC timestamp, as the CLI prints it. */
  static String timestamp(Instant t) {
    int micros = t.getNano() / 1000;
    String fraction = micros == 0 ? "" : String.format(java.util.Locale.ROOT, ".%06d", micros);
    return SECONDS.format(t) + fraction + "+00:00";
  }

  /**
   * A template body as the CLI prints {@code get-template}: a JSON template becomes an object, a YAML one stays a
   * string.
   */
  static JsonNode templateBody(String body) {
    String trimmed = body.strip();
    if (trimmed.startsWith("{")) {
      try {
        return MAPPER.readTree(body);
      } catch (JsonProcessingException e) {
        // not JSON after all: keep the text
      }
    }
    return NODES.textNode(body);
  }

  /** Pretty-printed as {@code json.dumps(indent=4)}, with a final newline. */
  static String write(JsonNode node) {
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    DefaultIndenter indenter = new DefaultIndenter("    ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter);
    printer.indentArraysWith(indenter);
    try {
      return MAPPER.writer(printer).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}

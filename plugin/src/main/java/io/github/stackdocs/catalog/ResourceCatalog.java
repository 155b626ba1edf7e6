package io.github.stackdocs.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;

/**
 * Resource-type knowledge: descriptions, docs links, properties (type, required, replacement), attributes,
 * nested property types, primary identifiers, tagging. {@link #bundled()} reads the data file shipped in the
 * plugin ({@code catalog.json.gz}, trimmed from the npm package {@code @aws-cdk/aws-service-spec} by
 * {@code plugin/catalog-tools/update-catalog.sh}) once per JVM.
 *
 * <p>Loading only decompresses the file and indexes where each type's JSON starts and ends; a type is
 * parsed into records the first time it is asked for and then cached. Instances are immutable apart from that
 * cache and safe to share between threads.
 */
public final class ResourceCatalog {

  static final String SAM_PREFIX = "AWS::Serverless::";
  private static final String RESOURCE_DIR = "/io/github/stackdocs/catalog/";
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private final byte[] json;
  /** Type name → {start, end} byte offsets of its object in {@link #json}; sorted by name. */
  private final Map<String, int[]> index;
  private final Map<String, ResourceTypeInfo> parsed = new ConcurrentHashMap<>();
  private final String sourceVersion;
  /** Lower-cased last segment → type names, for did-you-mean. */
  private final Map<String, List<String>> byLastSegment;

  private ResourceCatalog(byte[] json, Map<String, int[]> index, String sourceVersion) {
    this.json = json;
    this.index = Collections.unmodifiableMap(index);
    this.sourceVersion = sourceVersion;
    Map<String, List<String>> segments = new TreeMap<>();
    for (String name : index.keySet()) {
      segments.computeIfAbsent(lastSegment(name).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(name);
    }
    this.byLastSegment = segments;
  }

  /** Initialization-on-demand holder: the JVM loads the catalog once, on first use, thread-safely. */
  private static final class Holder {
    static final ResourceCatalog BUNDLED = loadBundled();
  }

  /** The catalog shipped with the plugin, loaded on first call and shared by every caller in the JVM. */
  public static ResourceCatalog bundled() {
    return Holder.BUNDLED;
  }

  /** Reads the bundled data file anew (for measurements; use {@link #bundled()} otherwise). */
  static ResourceCatalog loadBundled() {
    try (InputStream data = resource("catalog.json.gz");
        InputStream index = resource("catalog.index");
        InputStream props = resource("catalog.properties")) {
      Properties p = new Properties();
      p.load(props);
      String version = p.getProperty("source.package", "") + "@" + p.getProperty("source.version", "?");
      byte[] json = gunzip(data);
      return new ResourceCatalog(json, readIndex(index, json), version);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled resource-type catalog", e);
    }
  }

  /**
   * Reads a catalog in the bundled format ({@code {"types": {name: {...}}}}, gzip-compressed) without an index
   * file: scans the JSON once to find where each type is.
   */
  static ResourceCatalog load(InputStream gzipped, String sourceVersion) throws IOException {
    byte[] bytes = gunzip(gzipped);
    return new ResourceCatalog(bytes, scan(bytes), sourceVersion);
  }

  private static byte[] gunzip(InputStream gzipped) throws IOException {
    try (InputStream in = new GZIPInputStream(gzipped, 1 << 16)) {
      return in.readAllBytes();
    }
  }

  /** {@code catalog.index}: lines of name, start, end (tab-separated); {@code #} starts a comment. */
  static Map<String, int[]> readIndex(InputStream in, byte[] json) throws IOException {
    Map<String, int[]> index = new TreeMap<>();
    String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 3) {
        throw new IOException("catalog.index: malformed line: " + line);
      }
      int start = Integer.parseInt(f[1]);
      int end = Integer.parseInt(f[2]);
      if (start < 0 || end > json.length || start >= end || json[start] != '{'
          || json[end - 1] != '}') {
        throw new IOException("catalog.index does not match catalog.json.gz at: " + line);
      }
      index.put(f[0], new int[] {start, end});
    }
    return index;
  }

  /** Where each type's object is, found by scanning the JSON. */
  static Map<String, int[]> scan(byte[] bytes) throws IOException {
    Map<String, int[]> index = new TreeMap<>();
    try (JsonParser p = FACTORY.createParser(bytes)) {
      expect(p.nextToken(), JsonToken.START_OBJECT);
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (!field.equals("types")) {
          p.skipChildren();
          continue;
        }
        expect(value, JsonToken.START_OBJECT);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          expect(p.nextToken(), JsonToken.START_OBJECT);
          int start = (int) p.currentTokenLocation().getByteOffset();
          p.skipChildren();
          int end = (int) p.currentLocation().getByteOffset();
          index.put(name, new int[] {start, end});
        }
      }
    }
    return index;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = ResourceCatalog.class.getResourceAsStream(RESOURCE_DIR + name);
    if (in == null) {
      throw new IOException("missing class-path resource " + RESOURCE_DIR + name);
    }
    return in;
  }

  private static void expect(JsonToken actual, JsonToken expected) throws IOException {
    if (actual != expected) {
      throw new IOException("malformed catalog: expected " + expected + ", found " + actual);
    }
  }

  /** The type with this exact name, parsed on first use. */
  public Optional<ResourceTypeInfo> type(String name) {
    if (name == null || !index.containsKey(name)) {
      return Optional.empty();
    }
    return Optional.of(parsed.computeIfAbsent(name, this::parse));
  }

  /** Every type name the catalog knows, sorted. */
  public Set<String> typeNames() {
    return index.keySet();
  }

  public int size() {
    return index.size();
  }

  /** Where the data comes from: {@code @aws-cdk/aws-service-spec@0.1.216}. */
  public String sourceVersion() {
    return sourceVersion;
  }

  /**
   * How a resource type name is to be treated. {@code ...::MODULE} is a module; {@code Custom::*} and
   * {@code AWS::CloudFormation::CustomResource} are custom resources; {@code AWS::Serverless::*} is SAM (known to
   * the catalog or not: SAM grows faster than the data); other {@code AWS::}/{@code Alexa::} names are known
   * or unknown AWS types; anything else (also an empty name) is a third-party or private registry type.
   */
  public TypeKind kind(String typeName) {
    String t = typeName == null ? "" : typeName;
    if (t.endsWith("::MODULE")) {
      return TypeKind.MODULE;
    }
    if (t.startsWith("Custom::") || t.equals("AWS::CloudFormation::CustomResource")) {
      return TypeKind.CUSTOM;
    }
    if (t.startsWith(SAM_PREFIX)) {
      return TypeKind.SAM;
    }
    if (t.startsWith("AWS::") || t.startsWith("Alexa::")) {
      return index.containsKey(t) ? TypeKind.AWS : TypeKind.UNKNOWN_AWS;
    }
    return TypeKind.THIRD_PARTY;
  }

  /**
   * Known type names close to an unknown one, closest first: by edit distance (case-insensitive, a swap of
   * two neighbours counting as one edit) on the whole name; when nothing is close that way, types whose last
   * segment is close ({@code AWS::EC2::Bucket} → {@code AWS::S3::Bucket}). Empty when nothing is close.
   */
  public List<String> similarTypes(String unknown, int max) {
    if (unknown == null || unknown.isEmpty() || max <= 0) {
      return List.of();
    }
    String u = unknown.toLowerCase(Locale.ROOT);
    int limit = Math.max(1, Math.min(3, u.length() / 6));
    List<Scored> close = new ArrayList<>();
    for (String name : index.keySet()) {
      if (Math.abs(name.length() - u.length()) > limit) {
        continue;
      }
      int d = EditDistance.between(u, name.toLowerCase(Locale.ROOT), limit);
      if (d <= limit && !name.equals(unknown)) {
        close.add(new Scored(name, d));
      }
    }
    if (close.isEmpty()) {
      String segment = lastSegment(u);
      int segLimit = Math.max(0, Math.min(2, segment.length() / 4));
      for (Map.Entry<String, List<String>> e : byLastSegment.entrySet()) {
        int d = EditDistance.between(segment, e.getKey(), segLimit);
        if (d <= segLimit) {
          for (String name : e.getValue()) {
            close.add(new Scored(name, d + EditDistance.between(u, name.toLowerCase(Locale.ROOT), 99)));
          }
        }
      }
    }
    return best(close, max);
  }

  /**
   * Property names of a type close to an unknown one, closest first (case-insensitive edit distance, at most
   * one edit per four characters, at most three). Empty when nothing is close.
   */
  public List<String> similarProperties(ResourceTypeInfo type, String unknown, int max) {
    return type == null ? List.of() : similarNames(type.properties().keySet(), unknown, max);
  }

  /**
   * Names close to an unknown one, closest first, by the measure of {@link #similarProperties} (for the
   * properties of a nested property type). Empty when nothing is close.
   */
  public List<String> similarNames(java.util.Collection<String> names, String unknown, int max) {
    if (names == null || unknown == null || unknown.isEmpty() || max <= 0) {
      return List.of();
    }
    String u = unknown.toLowerCase(Locale.ROOT);
    int limit = Math.max(1, Math.min(3, u.length() / 4));
    List<Scored> close = new ArrayList<>();
    for (String name : names) {
      int d = EditDistance.between(u, name.toLowerCase(Locale.ROOT), limit);
      if (d <= limit && !name.equals(unknown)) {
        close.add(new Scored(name, d));
      }
    }
    return best(close, max);
  }

  private record Scored(String name, int distance) {}

  private static List<String> best(List<Scored> scored, int max) {
    return scored.stream()
        .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
        .map(Scored::name)
        .distinct()
        .limit(max)
        .toList();
  }

  private static String lastSegment(String name) {
    int i = name.lastIndexOf("::");
    return i < 0 ? name : name.substring(i + 2);
  }

  // ---- parsing one type ------------------------------------------------------------------------------

  private ResourceTypeInfo parse(String name) {
    int[] range = index.get(name);
    JsonNode t;
    try {
      t = MAPPER.readTree(new ByteArrayInputStream(json, range[0], range[1] - range[0]));
    } catch (IOException e) {
      throw new UncheckedIOException("malformed catalog entry for " + name, e);
    }
    Map<String, AttributeInfo> attributes = new LinkedHashMap<>();
    t.path("attributes").fields().forEachRemaining(e ->
        attributes.put(e.getKey(), new AttributeInfo(e.getKey(), e.getValue().path("type").asText(""))));
    Map<String, PropertyTypeInfo> propertyTypes = new LinkedHashMap<>();
    t.path("propertyTypes").fields().forEachRemaining(e -> propertyTypes.put(e.getKey(),
        new PropertyTypeInfo(e.getKey(), e.getValue().path("summary").asText(""), properties(e.getValue()))));
    List<String> primaryIdentifier = new ArrayList<>();
    t.path("primaryIdentifier").forEach(n -> primaryIdentifier.add(n.asText()));
    JsonNode tagging = t.path("tagging").path("property");
    return new ResourceTypeInfo(
        name,
        t.path("service").asText(""),
        t.path("description").asText(""),
        t.path("docsUrl").asText(""),
        properties(t),
        attributes,
        propertyTypes,
        primaryIdentifier,
        tagging.isTextual() ? Optional.of(tagging.asText()) : Optional.empty(),
        t.path("transform").isTextual() ? Optional.of(t.path("transform").asText()) : Optional.empty());
  }

  private static List<String> allowed(JsonNode values) {
    if (!values.isArray()) {
      return List.of();
    }
    List<String> out = new java.util.ArrayList<>(values.size());
    values.forEach(v -> out.add(v.asText()));
    return out;
  }

  private static Map<String, PropertyInfo> properties(JsonNode owner) {
    Map<String, PropertyInfo> out = new LinkedHashMap<>();
    owner.path("properties").fields().forEachRemaining(e -> {
      JsonNode p = e.getValue();
      out.put(e.getKey(), new PropertyInfo(
          e.getKey(),
          p.path("type").asText(""),
          p.path("required").asBoolean(false),
          p.path("summary").asText(""),
          replacement(p.path("replacement").asText("")),
          p.path("deprecated").asBoolean(false),
          allowed(p.path("allowed"))));
    });
    return out;
  }

  private static Replacement replacement(String text) {
    return switch (text) {
      case "yes" -> Replacement.YES;
      case "maybe" -> Replacement.MAYBE;
      default -> Replacement.NO;
    };
  }
}

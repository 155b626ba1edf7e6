package io.github.stackdocs.read.rain;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Node.ListNode;
import io.github.stackdocs.model.Node.MapNode;
import io.github.stackdocs.model.Node.ScalarNode;
import io.github.stackdocs.model.SourceLocation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands the directives of AWS's Rain ({@code rain pkg}) in a template, so the documented stack is the one that
 * gets deployed: {@code Rain: Constants:} with {@code !Rain::Constant} and {@code ${Rain::Name}} in {@code !Sub};
 * {@code !Rain::Embed} (the file's text); {@code !Rain::Include} (the file's YAML/JSON); {@code !Rain::S3} and
 * {@code !Rain::S3Http} (the S3 location {@code rain pkg} uploads to: bucket {@code rain-artifacts-<account>-<region>},
 * key the SHA-256 of the file); {@code Type: !Rain::Module <file>} ({@link RainModule}). What cannot be expanded
 * offline ({@code !Rain::Env}, a URL, a missing file) is a WARN {@code rain-not-expanded} at the directive, and
 * a placeholder string stands in for it. Bounded: module and include depth, and the bytes read.
 */
public final class RainExpander {
  /** Directive mappings are {@code {"Rain::Name": value}}: the reader turns {@code !Rain::Name value} into that. */
  public static final String PREFIX = "Rain::";
  static final int MAX_DEPTH = 8;
  static final long MAX_BYTES = 16L << 20;
  private static final Pattern SUB_CONSTANT = Pattern.compile("\\$\\{Rain::([A-Za-z0-9_.:-]+)}");

  /** Parses YAML or JSON with the template reader's rules; adds its findings. */
  public interface Parser {
    Optional<Node> parse(String path, byte[] bytes, List<Finding> findings);
  }

  /** @param files the files read (project-relative), for incremental builds */
  public record Result(MapNode root, List<Finding> findings, Set<String> files) {}

  private final RainFiles files;
  private final Parser parser;
  private final String stack;
  final List<Finding> findings = new ArrayList<>();
  final Set<String> read = new TreeSet<>();
  long bytes;

  RainExpander(RainFiles files, Parser parser, String stack) {
    this.files = files;
    this.parser = parser;
    this.stack = stack;
  }

  /** Whether {@code root} uses any Rain directive or section (only those templates are expanded). */
  public static boolean uses(Node root) {
    if (root instanceof MapNode m) {
      for (Map.Entry<String, Node> e : m.entries().entrySet()) {
        if (e.getKey().startsWith(PREFIX) || (e.getKey().equals("Rain") || e.getKey().equals(RainModule.MODULES))
            && m == root || uses(e.getValue())) {
          return true;
        }
      }
    } else if (root instanceof ListNode l) {
      return l.items().stream().anyMatch(RainExpander::uses);
    } else if (root instanceof ScalarNode s && s.isString()) {
      return s.text().contains("${Rain::");
    }
    return false;
  }

  /** Expands the template {@code root} read from the project-relative {@code path}. */
  public static Result expand(MapNode root, String path, String stack, RainFiles files, Parser parser) {
    RainExpander expander = new RainExpander(files, parser, stack);
    MapNode out = expander.template(root, path, 0);
    return new Result(out, List.copyOf(expander.findings), Set.copyOf(expander.read));
  }

  /** A template or module file: its constants, then its directives, then its modules. */
  MapNode template(MapNode root, String path, int depth) {
    Map<String, Node> constants = constants(root, path, depth);
    Map<String, Node> entries = new LinkedHashMap<>();
    for (Map.Entry<String, Node> e : root.entries().entrySet()) {
      if (e.getKey().equals("Rain")) {
        continue; // rain pkg removes its own section
      }
      entries.put(e.getKey(), value(e.getValue(), path, depth, constants));
    }
    MapNode expanded = new MapNode(entries, root.keyLocations(), root.location());
    return new RainModule(this, path, depth).expandAll(expanded);
  }

  private Map<String, Node> constants(MapNode root, String path, int depth) {
    Map<String, Node> constants = new LinkedHashMap<>();
    if (root.get("Rain") instanceof MapNode rain && rain.get("Constants") instanceof MapNode c) {
      for (Map.Entry<String, Node> e : c.entries().entrySet()) {
        constants.put(e.getKey(), value(e.getValue(), path, depth, constants)); // earlier constants are known
      }
    } else if (root.has("Rain")) {
      warn("the Rain section must be a mapping with Constants; ignored", root.keyLocation("Rain"));
    }
    return constants;
  }

  /** A value with its directives expanded. */
  Node value(Node node, String path, int depth, Map<String, Node> constants) {
    if (node instanceof ListNode l) {
      List<Node> items = new ArrayList<>(l.size());
      l.items().forEach(i -> items.add(value(i, path, depth, constants)));
      return new ListNode(items, l.location());
    }
    if (!(node instanceof MapNode m)) {
      return node;
    }
    Optional<String> key = m.singleKey();
    if (key.isPresent() && key.get().startsWith(PREFIX) && !key.get().equals(PREFIX + "Module")) {
      return directive(key.get().substring(PREFIX.length()), m.get(key.get()), m.location(), path, depth, constants);
    }
    if (key.isPresent() && key.get().equals("Fn::Sub")) {
      return sub(m, path, depth, constants);
    }
    Map<String, Node> entries = new LinkedHashMap<>();
    m.entries().forEach((k, v) -> entries.put(k, value(v, path, depth, constants)));
    return new MapNode(entries, m.keyLocations(), m.location());
  }

  private Node directive(String name, Node arg, SourceLocation at, String path, int depth,
      Map<String, Node> constants) {
    Node argument = value(arg, path, depth, constants);
    return switch (name) {
      case "Constant" -> {
        String c = Node.text(argument).orElse("");
        Node v = constants.get(c);
        if (v == null) {
          yield unexpanded("!Rain::Constant " + c + ": no such constant in the Rain Constants section", at,
              "Rain::Constant " + c);
        }
        yield v;
      }
      case "Embed" -> file(argument, at, path, "Embed").map(f -> (Node) Node.string(
          new String(f.bytes(), StandardCharsets.UTF_8), at)).orElseGet(() -> placeholder("Embed", argument, at));
      case "Include" -> file(argument, at, path, "Include").<Node>flatMap(f -> {
        if (depth >= MAX_DEPTH) {
          warn("!Rain::Include " + f.path() + " is nested more than " + MAX_DEPTH + " levels deep; not expanded", at);
          return Optional.empty();
        }
        return parser.parse(f.path(), f.bytes(), findings).map(n -> value(n, f.path(), depth + 1, constants));
      }).orElseGet(() -> placeholder("Include", argument, at));
      case "S3", "S3Http" -> s3(name, argument, at, path);
      default -> unexpanded("!Rain::" + name + " cannot be expanded offline (" + (name.equals("Env")
          ? "it reads an environment variable when rain pkg runs" : "not a directive stackdocs knows")
          + "); a placeholder stands in for its value", at, "Rain::" + name + " " + Node.text(argument).orElse(""));
    };
  }

  /** A file a directive names, read; empty with a WARN when it cannot be. */
  record File(String path, byte[] bytes) {}

  Optional<File> file(Node argument, SourceLocation at, String from, String directive) {
    Optional<String> ref = Node.text(argument);
    if (ref.isEmpty()) {
      warn("!Rain::" + directive + " must name a file, found " + (argument instanceof MapNode ? "a mapping"
          : argument instanceof ListNode ? "a list" : "nothing") + "; not expanded", at);
      return Optional.empty();
    }
    Optional<String> path = RainFiles.resolve(from, ref.get());
    if (path.isEmpty()) {
      warn("!Rain::" + directive + " " + ref.get() + " is not a path inside the project (a URL, an absolute path or"
          + " one leading out of the project folder): not read offline; not expanded", at);
      return Optional.empty();
    }
    RainFiles.Loaded loaded = files.read(path.get());
    if (loaded.bytes().isEmpty()) {
      warn("!Rain::" + directive + " " + path.get() + " cannot be read (" + loaded.problem() + "); not expanded", at);
      return Optional.empty();
    }
    bytes += loaded.bytes().get().length;
    if (bytes > MAX_BYTES) {
      warn("!Rain::" + directive + " " + path.get() + ": the files Rain directives read take more than "
          + MAX_BYTES + " bytes together; not expanded", at);
      return Optional.empty();
    }
    read.add(path.get());
    return Optional.of(new File(path.get(), loaded.bytes().get()));
  }

  /**
   * {@code !Rain::S3 path} (or {@code {Path, Zip, BucketProperty, KeyProperty, Format}}): the S3 URI rain pkg puts
   * there, {@code s3://rain-artifacts-<account>-<region>/<sha256>[.zip]}; {@code Format: Http} or {@code S3Http}:
   * its https URL; with BucketProperty and KeyProperty, a mapping of those two names.
   */
  private Node s3(String name, Node argument, SourceLocation at, String from) {
    Node pathNode = argument instanceof MapNode m ? m.get("Path") : argument;
    Optional<String> ref = pathNode == null ? Optional.empty() : Node.text(pathNode);
    boolean http = name.equals("S3Http") || argument instanceof MapNode m && Node.text(m.get("Format") == null
        ? Node.string("", at) : m.get("Format")).orElse("").equalsIgnoreCase("Http");
    boolean zip = argument instanceof MapNode m && Node.text(m.get("Zip") == null ? Node.string("", at)
        : m.get("Zip")).orElse("").equalsIgnoreCase("true");
    Optional<String> path = ref.flatMap(r -> RainFiles.resolve(from, r));
    String key;
    if (path.isPresent() && files.isFolder(path.get())) {
      key = path.get().replace('/', '-') + ".zip"; // a zip's hash depends on the zip tool; named by its folder
      read.add(path.get());
    } else {
      Optional<File> file = file(pathNode == null ? Node.string("", at) : pathNode, at, from, name);
      if (file.isEmpty()) {
        return placeholder(name, argument, at);
      }
      String extension = zip ? ".zip" : extension(file.get().path());
      key = sha256(file.get().bytes()) + extension;
    }
    String bucket = "rain-artifacts-${AWS::AccountId}-${AWS::Region}";
    if (argument instanceof MapNode m && m.get("BucketProperty") != null && m.get("KeyProperty") != null) {
      Map<String, Node> out = new LinkedHashMap<>();
      out.put(Node.text(m.get("BucketProperty")).orElse("Bucket"), sub(bucket, at));
      out.put(Node.text(m.get("KeyProperty")).orElse("Key"), Node.string(key, at));
      return new MapNode(out, Map.of(), at);
    }
    return sub(http ? "https://" + bucket + ".s3.${AWS::Region}.amazonaws.com/" + key : "s3://" + bucket + "/" + key,
        at);
  }

  private static Node sub(String text, SourceLocation at) {
    return new MapNode(Map.of("Fn::Sub", Node.string(text, at)), Map.of("Fn::Sub", at), at);
  }

  private static String extension(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot <= 0 ? "" : name.substring(dot);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code !Sub} with {@code ${Rain::Name}} replaced by the constant's text; a Sub left with no variable: a string. */
  private Node sub(MapNode m, String path, int depth, Map<String, Node> constants) {
    Node arg = m.get("Fn::Sub");
    Node template = arg instanceof ListNode l && l.size() > 0 ? l.get(0) : arg;
    if (!(template instanceof ScalarNode s) || !s.isString() || !s.text().contains("${Rain::")) {
      Map<String, Node> entries = new LinkedHashMap<>();
      entries.put("Fn::Sub", value(arg, path, depth, constants));
      return new MapNode(entries, m.keyLocations(), m.location());
    }
    Matcher matcher = SUB_CONSTANT.matcher(s.text());
    StringBuilder text = new StringBuilder();
    while (matcher.find()) {
      Node c = constants.get(matcher.group(1));
      String replacement;
      if (c instanceof ScalarNode cs) {
        replacement = cs.text();
      } else if (c instanceof MapNode cm && cm.get("Fn::Sub") instanceof ScalarNode inner) {
        replacement = inner.text(); // a constant that is itself a Sub: its text joins this one
      } else {
        warn("${Rain::" + matcher.group(1) + "} in !Sub: " + (c == null ? "no such constant" : "the constant is not"
            + " a string") + "; left as written", s.location());
        replacement = matcher.group();
      }
      matcher.appendReplacement(text, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(text);
    String result = text.toString();
    ScalarNode replaced = Node.string(result, s.location());
    if (arg instanceof ListNode l && l.size() > 1) {
      List<Node> items = new ArrayList<>(l.items());
      items.set(0, replaced);
      items.set(1, value(items.get(1), path, depth, constants));
      return new MapNode(Map.of("Fn::Sub", new ListNode(items, l.location())), m.keyLocations(), m.location());
    }
    if (!result.replace("${!", "").contains("${")) {
      return replaced; // rain pkg writes a Sub with nothing left to substitute as the plain string
    }
    return new MapNode(Map.of("Fn::Sub", replaced), m.keyLocations(), m.location());
  }

  private Node placeholder(String directive, Node argument, SourceLocation at) {
    return Node.string("<Rain::" + directive + " " + Node.text(argument).orElse("") + " (not expanded)>", at);
  }

  private Node unexpanded(String message, SourceLocation at, String what) {
    warn(message, at);
    return Node.string("<" + what.strip() + " (not expanded)>", at);
  }

  void warn(String message, SourceLocation at) {
    findings.add(Finding.warn("rain-not-expanded", message, at, stack));
  }

  String stack() {
    return stack;
  }

  Parser parser() {
    return parser;
  }
}

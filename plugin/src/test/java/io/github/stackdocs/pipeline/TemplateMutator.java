package io.github.stackdocs.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Breaks a template the ways hostile or careless inputs are broken, driven by a seeded {@link Random} so every
 * mutation can be replayed: on the bytes (truncation, non-UTF-8 bytes, byte order marks, tabs, deleted, duplicated or
 * swapped lines, random or unknown short-form tags, anchors and aliases, punctuation, huge values and numbers) and on
 * the tree (type swaps between string, list, map and number; intrinsic functions with wrong arguments such as
 * {@code Ref} on a map or {@code Fn::GetAtt} with 0 or 5 parts; deleted keys; odd key names; huge values).
 */
final class TemplateMutator {
  /** A mutated template: how it was made, its bytes, and the extension that picks the syntax. */
  record Mutant(String description, byte[] bytes, String extension) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private static final String[] TAGS = {"!Foo ", "!Ref ", "!GetAtt ", "!Sub ", "!If ", "!Join ", "!Select ",
      "!Base64 ", "!ImportValue ", "!Condition ", "!!binary ", "!!int ", "!!map ", "!!seq ", "!GetAZs ", "!Cidr ",
      "!FindInMap ", "!Split ", "!Transform ", "!And ", "!Not ", "!Equals ", "!Or ", "! ", "!<tag:yaml.org,2002:str> ",
      "!Ref\t", "!!null ", "!!float ", "!Rain::Embed ", "!GetAtt\n"};
  private static final String[] PUNCTUATION = {"[", "]", "{", "}", ":", "\"", "'", "-", ",", "&", "*", "!", "|",
      ">", "%", "@", "#", "\n", "\t", "\\", "?", "`"};
  private static final byte[][] BAD_BYTES = {{(byte) 0xFF}, {(byte) 0xC3, 0x28}, {(byte) 0xE2, (byte) 0x82},
      {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {0}, {0x1B}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xF4, (byte) 0x90}};
  private static final byte[][] BOMS = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF},
      {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF}};
  private static final String[] NUMBERS = {"1e99999", "99999999999999999999999999999999", "-0", "0x1F", ".inf",
      "-.nan", "1_000", "0o17", "+12", "1.7976931348623157e309", "0.0000000000000000000000001"};
  private static final String[] KEYS = {"", "../../etc", "a.b", "${x}", "Fn::If", "Ref", "<script>", "Type",
      "Properties", " ", "\u0000", "Condition", "DependsOn", "Fn::GetAtt", "AWS::CloudFormation::Stack"};

  private final Random random;

  TemplateMutator(Random random) {
    this.random = random;
  }

  private interface Mutation extends BiFunction<byte[], String, Mutant> {}

  /** One to three mutations of {@code seed} (a template named with {@code extension}). */
  Mutant mutate(byte[] seed, String extension) {
    Mutant m = new Mutant("", seed, extension);
    int rounds = 1 + random.nextInt(3);
    StringBuilder how = new StringBuilder();
    for (int i = 0; i < rounds; i++) {
      Mutant next = once(m.bytes(), m.extension());
      how.append(how.length() == 0 ? "" : ", ").append(next.description());
      m = new Mutant(how.toString(), next.bytes(), next.extension());
    }
    return m;
  }

  private Mutant once(byte[] bytes, String extension) {
    List<Mutation> all = List.of(this::truncate, this::badBytes, this::bom, this::tabs, this::deleteLine,
        this::duplicateLine, this::swapLines, this::tag, this::punctuation, this::anchor, this::hugeText,
        this::number, this::typeSwap, this::intrinsic, this::deleteKey, this::oddKey, this::hugeNode);
    return all.get(random.nextInt(all.size())).apply(bytes, extension);
  }

  // ---- on the bytes

  private Mutant truncate(byte[] b, String ext) {
    int at = b.length == 0 ? 0 : random.nextInt(b.length);
    return new Mutant("truncated at " + at, java.util.Arrays.copyOf(b, at), ext);
  }

  private Mutant badBytes(byte[] b, String ext) {
    byte[] bad = BAD_BYTES[random.nextInt(BAD_BYTES.length)];
    int at = random.nextInt(b.length + 1);
    return new Mutant("bytes " + java.util.HexFormat.of().formatHex(bad) + " at " + at, insert(b, at, bad), ext);
  }

  private Mutant bom(byte[] b, String ext) {
    byte[] bom = BOMS[random.nextInt(BOMS.length)];
    return new Mutant("byte order mark " + java.util.HexFormat.of().formatHex(bom), insert(b, 0, bom), ext);
  }

  private Mutant tabs(byte[] b, String ext) {
    List<String> lines = lines(b);
    int i = random.nextInt(lines.size());
    String l = lines.get(i);
    String stripped = l.stripLeading();
    lines.set(i, "\t".repeat(1 + (l.length() - stripped.length()) / 2) + stripped);
    return new Mutant("tabs on line " + (i + 1), join(lines), ext);
  }

  private Mutant deleteLine(byte[] b, String ext) {
    List<String> lines = lines(b);
    int i = random.nextInt(lines.size());
    lines.remove(i);
    return new Mutant("line " + (i + 1) + " deleted", join(lines), ext);
  }

  private Mutant duplicateLine(byte[] b, String ext) {
    List<String> lines = lines(b);
    int i = random.nextInt(lines.size());
    lines.add(i, lines.get(i));
    return new Mutant("line " + (i + 1) + " duplicated", join(lines), ext);
  }

  private Mutant swapLines(byte[] b, String ext) {
    List<String> lines = lines(b);
    int i = random.nextInt(lines.size());
    int j = random.nextInt(lines.size());
    String t = lines.get(i);
    lines.set(i, lines.get(j));
    lines.set(j, t);
    return new Mutant("lines " + (i + 1) + " and " + (j + 1) + " swapped", join(lines), ext);
  }

  private Mutant tag(byte[] b, String ext) {
    String text = text(b);
    int at = afterColon(text);
    String tag = TAGS[random.nextInt(TAGS.length)];
    String value = random.nextInt(3) == 0 ? "{a: [1, {b: c}]} " : "";
    return new Mutant("tag " + tag.strip() + " at " + at, bytes(text.substring(0, at) + tag + value + text.substring(at)),
        ext);
  }

  private Mutant punctuation(byte[] b, String ext) {
    String text = text(b);
    int at = random.nextInt(text.length() + 1);
    String p = PUNCTUATION[random.nextInt(PUNCTUATION.length)];
    String rest = at < text.length() && random.nextBoolean() ? text.substring(at + 1) : text.substring(at);
    return new Mutant("'" + p.replace("\n", "\\n").replace("\t", "\\t") + "' at " + at,
        bytes(text.substring(0, at) + p + rest), ext);
  }

  private Mutant anchor(byte[] b, String ext) {
    String text = text(b);
    int at = afterColon(text);
    String[] forms = {"&a ", "*a ", "*nothing ", "&a &b ", "<<: *a\n", "&a [*a] ", "*a\n*a "};
    String f = forms[random.nextInt(forms.length)];
    return new Mutant("anchor/alias '" + f.strip() + "' at " + at, bytes(text.substring(0, at) + f + text.substring(at)),
        ext);
  }

  private Mutant hugeText(byte[] b, String ext) {
    String text = text(b);
    int at = afterColon(text);
    String[] huge = {"\"" + "x".repeat(200_000) + "\" ", "[".repeat(300), "{a: ".repeat(300), "- ".repeat(300),
        "'" + "é\u2028\uD83D\uDE00".repeat(30_000) + "' "};
    String h = huge[random.nextInt(huge.length)];
    return new Mutant("huge text (" + h.length() + " chars) at " + at, bytes(text.substring(0, at) + h
        + text.substring(at)), ext);
  }

  private Mutant number(byte[] b, String ext) {
    String text = text(b);
    int at = afterColon(text);
    String n = NUMBERS[random.nextInt(NUMBERS.length)];
    return new Mutant("number " + n + " at " + at, bytes(text.substring(0, at) + n + " " + text.substring(at)), ext);
  }

  // ---- on the tree (written back as JSON or YAML; a seed that cannot be parsed plainly gets a byte mutation)

  private record Slot(JsonNode parent, String key, int index) {
    JsonNode get() {
      return parent instanceof ObjectNode o ? o.get(key) : parent.get(index);
    }

    void set(JsonNode value) {
      if (parent instanceof ObjectNode o) {
        o.set(key, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }
  }

  private Mutant onTree(byte[] b, String ext, String what, java.util.function.Function<Slot, String> change) {
    JsonNode root;
    try {
      root = ext.equals("json") ? JSON.readTree(b) : YAML.readTree(b);
    } catch (Exception e) {
      return truncate(b, ext);
    }
    List<Slot> slots = new ArrayList<>();
    collect(root, slots, 0);
    if (slots.isEmpty()) {
      return truncate(b, ext);
    }
    Slot slot = slots.get(random.nextInt(slots.size()));
    String done = change.apply(slot);
    String out = random.nextBoolean() ? "json" : "yaml";
    try {
      byte[] written = out.equals("json") ? JSON.writeValueAsBytes(root) : YAML.writeValueAsBytes(root);
      return new Mutant(what + " " + done + " (written as " + out + ")", written, out);
    } catch (Exception e) {
      return truncate(b, ext);
    }
  }

  private static void collect(JsonNode node, List<Slot> slots, int depth) {
    if (depth > 60) {
      return;
    }
    if (node instanceof ObjectNode o) {
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        slots.add(new Slot(o, e.getKey(), -1));
        collect(e.getValue(), slots, depth + 1);
      }
    } else if (node instanceof ArrayNode a) {
      for (int i = 0; i < a.size(); i++) {
        slots.add(new Slot(a, null, i));
        collect(a.get(i), slots, depth + 1);
      }
    }
  }

  private Mutant typeSwap(byte[] b, String ext) {
    return onTree(b, ext, "type swap", slot -> {
      JsonNode old = slot.get();
      JsonNode[] options = {NODES.textNode(old.toString()), NODES.arrayNode().add(old.deepCopy()),
          NODES.objectNode().set("x", old.deepCopy()), NODES.numberNode(random.nextInt()), NODES.booleanNode(true),
          NODES.nullNode(), NODES.arrayNode(), NODES.objectNode(), NODES.numberNode(1.5e300)};
      JsonNode now = options[random.nextInt(options.length)];
      slot.set(now);
      return where(slot) + ": " + kind(old) + " -> " + kind(now);
    });
  }

  private Mutant intrinsic(byte[] b, String ext) {
    return onTree(b, ext, "intrinsic", slot -> {
      ObjectNode f = NODES.objectNode();
      switch (random.nextInt(14)) {
        case 0 -> f.set("Ref", NODES.objectNode().put("a", 1));
        case 1 -> f.set("Fn::GetAtt", NODES.arrayNode());
        case 2 -> f.set("Fn::GetAtt", NODES.arrayNode().add("A").add("B").add("C").add("D").add("E"));
        case 3 -> f.put("Fn::Sub", 5);
        case 4 -> f.put("Fn::If", "x");
        case 5 -> f.set("Fn::Join", NODES.arrayNode().add(1));
        case 6 -> f.set("Fn::FindInMap", NODES.arrayNode());
        case 7 -> f.set("Fn::Select", NODES.arrayNode().add("x").add(NODES.objectNode()));
        case 8 -> f.put("Fn::Foo", 1);
        case 9 -> f.set("Ref", NODES.nullNode());
        case 10 -> f.set("Fn::Sub", NODES.arrayNode().add("${A.B.C}${!x}${").add(NODES.arrayNode()));
        case 11 -> f.set("Fn::GetAtt", NODES.textNode("NoDot"));
        case 12 -> f.set("Fn::ImportValue", NODES.objectNode().set("Fn::Sub", NODES.arrayNode()));
        default -> f.set("Condition", NODES.arrayNode().add(1));
      }
      if (random.nextInt(4) == 0) {
        f.put("Extra", 1); // two keys: not an intrinsic any more
      }
      slot.set(f);
      return where(slot) + " = " + f;
    });
  }

  private Mutant deleteKey(byte[] b, String ext) {
    return onTree(b, ext, "deleted", slot -> {
      if (slot.parent() instanceof ObjectNode o) {
        o.remove(slot.key());
      } else {
        ((ArrayNode) slot.parent()).remove(slot.index());
      }
      return where(slot);
    });
  }

  private Mutant oddKey(byte[] b, String ext) {
    return onTree(b, ext, "key", slot -> {
      String key = KEYS[random.nextInt(KEYS.length)];
      if (slot.parent() instanceof ObjectNode o) {
        JsonNode v = o.remove(slot.key());
        o.set(key, v);
        return where(slot) + " renamed to '" + key.replace("\u0000", "\\0") + "'";
      }
      slot.set(NODES.objectNode().set(key, slot.get()));
      return where(slot) + " wrapped in '" + key.replace("\u0000", "\\0") + "'";
    });
  }

  private Mutant hugeNode(byte[] b, String ext) {
    return onTree(b, ext, "huge", slot -> {
      if (random.nextBoolean()) {
        slot.set(NODES.textNode("y".repeat(300_000)));
        return where(slot) + " = 300,000 characters";
      }
      ArrayNode list = NODES.arrayNode();
      for (int i = 0; i < 20_000; i++) {
        list.add("item" + i);
      }
      slot.set(list);
      return where(slot) + " = a list of 20,000";
    });
  }

  // ---- helpers

  private static String where(Slot slot) {
    return slot.parent() instanceof ObjectNode ? "'" + slot.key() + "'" : "[" + slot.index() + "]";
  }

  private static String kind(JsonNode n) {
    return n.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** A random position right after a ": " (a value's start), or a random position when there is none. */
  private int afterColon(String text) {
    List<Integer> at = new ArrayList<>();
    for (int i = text.indexOf(": "); i >= 0 && at.size() < 10_000; i = text.indexOf(": ", i + 1)) {
      at.add(i + 2);
    }
    return at.isEmpty() ? random.nextInt(text.length() + 1) : at.get(random.nextInt(at.size()));
  }

  private static byte[] insert(byte[] b, int at, byte[] what) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + what.length);
    out.write(b, 0, at);
    out.write(what, 0, what.length);
    out.write(b, at, b.length - at);
    return out.toByteArray();
  }

  private static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> lines(byte[] b) {
    return new ArrayList<>(List.of(text(b).split("\n", -1)));
  }

  private static byte[] join(List<String> lines) {
    return bytes(String.join("\n", lines));
  }
}

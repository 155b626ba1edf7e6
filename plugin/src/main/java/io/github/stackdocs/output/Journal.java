package io.github.stackdocs.output;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The commit journal of a staged write: its text and the only way to read one back. The text is
 *
 * <pre>
 * stackdocs-journal 2 &lt;run id&gt;
 * write &lt;sha-256 of the staged file&gt; &lt;path&gt;
 * update &lt;sha-256 of the file it replaces, or -&gt; &lt;sha-256 of the staged file&gt; &lt;path&gt;
 * delete &lt;path&gt;
 * mac &lt;HMAC-SHA256, keyed by the run id, of every line above&gt;
 * </pre>
 *
 * The run id is random per run and also written to the staging folder's marker file. The MAC proves the journal was
 * written whole by a run of this format, alongside that marker: a journal of another tool, an older version, another
 * run, or a truncated or edited one is refused. It is no secret from whoever can write the staging folder; what
 * bounds such a writer is {@link #parse}'s rule that every path is a plain relative path the folder owns, and the
 * recorded hashes ({@link Staging}). Stateless.
 */
final class Journal {
  static final String HEADER = "stackdocs-journal 2 ";
  static final String WRITE = "write ";
  static final String UPDATE = "update ";
  static final String DELETE = "delete ";
  /** An update's {@code before} when there was no file. */
  static final String NO_FILE = "-";
  static final String MAC = "mac ";
  private static final int ID_BYTES = 16;
  private static final HexFormat HEX = HexFormat.of();

  /**
   * One step: a staged file moved over {@code path} (with its content's hash), or {@code path} deleted. An update
   * ({@code before} not empty) replaces only the file it was made from: the SHA-256 that file had, or
   * {@link #NO_FILE}; recovery leaves a file changed since then alone ({@link Staging}).
   */
  record Entry(boolean write, String path, String sha256, String before, int line) {
    Entry(boolean write, String path, String sha256, int line) {
      this(write, path, sha256, "", line);
    }

    boolean update() {
      return !before.isEmpty();
    }
  }

  /** A journal that was refused: the 1-based line at fault (0: the whole file) and why. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;

    Refused(int line, String reason) {
      super(reason);
      this.line = line;
    }
  }

  private Journal() {}

  /** A new random run id (hex). */
  static String newRunId() {
    byte[] id = new byte[ID_BYTES];
    new SecureRandom().nextBytes(id);
    return HEX.formatHex(id);
  }

  /** The journal's lines, MAC last. */
  static List<String> lines(String runId, List<Entry> entries) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER + runId);
    for (Entry e : entries) {
      lines.add(!e.write() ? DELETE + e.path() : e.update() ? UPDATE + e.before() + " " + e.sha256() + " " + e.path()
          : WRITE + e.sha256() + " " + e.path());
    }
    lines.add(MAC + mac(runId, lines));
    return lines;
  }

  /**
   * The entries of a journal, checked: the header names {@code runId}, the MAC matches, and every path is a plain
   * relative path ({@link #plainPath}) that {@code owned} claims.
   *
   * @throws Refused at the first thing wrong; nothing of the journal may then be used
   */
  static List<Entry> parse(List<String> lines, String runId, Predicate<String> owned) throws Refused {
    if (lines.isEmpty() || !lines.get(0).startsWith(HEADER)) {
      throw new Refused(1, "it does not start with '" + HEADER.strip() + "' (another tool or an older version)");
    }
    if (!lines.get(0).equals(HEADER + runId)) {
      throw new Refused(1, "its run id is not the staging folder's (a journal of another run)");
    }
    String last = lines.get(lines.size() - 1);
    if (lines.size() < 2 || !last.startsWith(MAC)
        || !MessageDigest.isEqual(last.substring(MAC.length()).getBytes(StandardCharsets.US_ASCII),
            mac(runId, lines.subList(0, lines.size() - 1)).getBytes(StandardCharsets.US_ASCII))) {
      throw new Refused(lines.size(), "its last line is not the MAC of its entries (incomplete or edited)");
    }
    List<Entry> entries = new ArrayList<>();
    for (int i = 1; i < lines.size() - 1; i++) {
      String line = lines.get(i);
      int number = i + 1;
      Entry e;
      if (line.startsWith(WRITE)) {
        String rest = line.substring(WRITE.length());
        int space = rest.indexOf(' ');
        String hash = space < 0 ? "" : rest.substring(0, space);
        if (!isSha256(hash)) {
          throw new Refused(number, "a write entry without a SHA-256");
        }
        e = new Entry(true, rest.substring(space + 1), hash, number);
      } else if (line.startsWith(UPDATE)) {
        String[] parts = line.substring(UPDATE.length()).split(" ", 3);
        if (parts.length < 3 || !isSha256(parts[1]) || !(parts[0].equals(NO_FILE) || isSha256(parts[0]))) {
          throw new Refused(number, "an update entry without the SHA-256 of the file before and after");
        }
        e = new Entry(true, parts[2], parts[1], parts[0], number);
      } else if (line.startsWith(DELETE)) {
        e = new Entry(false, line.substring(DELETE.length()), "", number);
      } else {
        throw new Refused(number, "neither a write, an update nor a delete entry");
      }
      String problem = plainPath(e.path());
      if (problem != null) {
        throw new Refused(number, "its path " + problem);
      }
      if (!owned.test(e.path())) {
        throw new Refused(number, "its path is not a file stackdocs owns in the output folder");
      }
      entries.add(e);
    }
    return entries;
  }

  /**
   * Null when {@code path} is a normalised relative path with '/' separators: not empty, not absolute, no drive, no
   * backslash, no control character, no empty, {@code .} or {@code ..} component; else what is wrong with it.
   */
  static String plainPath(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.matches("^[A-Za-z]:.*")) {
      return "is empty or absolute";
    }
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\') {
        return "holds a backslash or a control character";
      }
    }
    for (String part : path.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        return "has an empty, '.' or '..' component";
      }
    }
    return null;
  }

  private static boolean isSha256(String hash) {
    return hash.length() == 64 && hash.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
  }

  static String sha256(byte[] content) {
    return HEX.formatHex(sha256().digest(content));
  }

  /** The hex of what {@code digest} has taken in (it is reset). */
  static String hex(MessageDigest digest) {
    return HEX.formatHex(digest.digest());
  }

  /** A new SHA-256 digest. */
  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
  }

  private static String mac(String runId, List<String> lines) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(runId.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
      for (String line : lines) {
        mac.update(line.getBytes(StandardCharsets.UTF_8));
        mac.update((byte) '\n');
      }
      return HEX.formatHex(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JVM has no HmacSHA256", e);
    }
  }
}

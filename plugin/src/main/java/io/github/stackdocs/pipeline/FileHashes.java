package io.github.stackdocs.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * Content hashes of files for the stamp, without reading a file whose size and modification time are what the last
 * stamp recorded (as git's index does). A file's recorded hash is trusted only when the file had not been modified
 * for {@link #SETTLED_MILLIS} before it was hashed: on a file system with coarse timestamps, a write right after
 * hashing could keep both size and time, so such a "racy" file is hashed again by the next run (which then records
 * it as settled).
 */
final class FileHashes {
  /** How long a file must have been left alone before its hash is trusted by size and time. */
  static final long SETTLED_MILLIS = 2_000;

  /**
   * What was seen of a file: its size, modification time (nanoseconds since the epoch), content hash, and whether it
   * had settled when hashed.
   */
  record Seen(long size, long modified, String hash, boolean settled) {}

  private final Map<String, Seen> known;
  private final SortedMap<String, Seen> seen = new TreeMap<>();
  private final LongSupplier clock;

  /** With what the last stamp saw ({@link Stamp#files()}); empty for none. */
  FileHashes(Map<String, Seen> known) {
    this(known, System::currentTimeMillis);
  }

  /** With the wall clock replaced (tests). */
  FileHashes(Map<String, Seen> known, LongSupplier clock) {
    this.known = Map.copyOf(known);
    this.clock = clock;
  }

  /** The hash of a file's bytes; empty when it does not exist. */
  Optional<String> hash(Path file) throws IOException {
    Path abs = file.toAbsolutePath().normalize();
    String key = abs.toString();
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(abs, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (!attributes.isRegularFile()) {
      return Hashes.file(abs); // (a link or something else: hashed as before, never trusted by its time)
    }
    long size = attributes.size();
    long modified = attributes.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS);
    Seen before = known.get(key);
    if (before != null && before.settled() && before.size() == size && before.modified() == modified) {
      seen.put(key, before);
      return Optional.of(before.hash());
    }
    long now = clock.getAsLong();
    Optional<String> hash = Hashes.file(abs);
    hash.ifPresent(h -> seen.put(key, new Seen(size, modified, h,
        attributes.lastModifiedTime().toMillis() < now - SETTLED_MILLIS)));
    return hash;
  }

  /** Every file hashed (or trusted) so far: absolute path → what was seen. */
  SortedMap<String, Seen> seen() {
    return Collections.unmodifiableSortedMap(seen);
  }

  /** True when this run learned something the last stamp did not record (a file hashed again, or settled since). */
  boolean learned() {
    for (Map.Entry<String, Seen> e : seen.entrySet()) {
      if (!same(e.getValue(), known.get(e.getKey()))) {
        return true;
      }
    }
    return false;
  }

  /** Field by field: a record's own equals starts method-handle machinery, tens of milliseconds of a no-op run. */
  private static boolean same(Seen a, Seen b) {
    return b != null && a.size() == b.size() && a.modified() == b.modified() && a.settled() == b.settled()
        && a.hash().equals(b.hash());
  }
}

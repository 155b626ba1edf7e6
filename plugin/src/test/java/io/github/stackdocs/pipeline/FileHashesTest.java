package io.github.stackdocs.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hashes trusted by size and modification time only once a file had settled when it was hashed. */
class FileHashesTest {
  private static final long MODIFIED_MILLIS = 1_700_000_000_000L;

  @TempDir Path dir;
  private Path file;
  private String realHash;

  @BeforeEach
  void file() throws IOException {
    file = dir.resolve("t.yaml");
    Files.writeString(file, "Resources: {}\n");
    Files.setLastModifiedTime(file, FileTime.fromMillis(MODIFIED_MILLIS));
    realHash = Hashes.file(file).orElseThrow();
  }

  private Map<String, FileHashes.Seen> known(long size, long modifiedMillis, String hash, boolean settled) {
    return Map.of(file.toAbsolutePath().normalize().toString(),
        new FileHashes.Seen(size, TimeUnit.MILLISECONDS.toNanos(modifiedMillis), hash, settled));
  }

  @Test
  void aSettledFileWithTheRecordedSizeAndTimeIsNotRead() throws IOException {
    // the recorded hash is not the file's: getting it back proves the file was not read
    FileHashes hashes = new FileHashes(known(Files.size(file), MODIFIED_MILLIS, "recorded", true));
    assertThat(hashes.hash(file)).contains("recorded");
    assertThat(hashes.learned()).isFalse();
  }

  @Test
  void aFileWhoseSizeOrTimeChangedIsHashedAgain() throws IOException {
    assertThat(new FileHashes(known(Files.size(file) + 1, MODIFIED_MILLIS, "recorded", true)).hash(file))
        .contains(realHash);
    assertThat(new FileHashes(known(Files.size(file), MODIFIED_MILLIS + 1, "recorded", true)).hash(file))
        .contains(realHash);
  }

  @Test
  void aRacyRecordIsNeverTrustedAndIsRecordedSettledOnceTheFileIsOldEnough() throws IOException {
    FileHashes later = new FileHashes(known(Files.size(file), MODIFIED_MILLIS, "recorded", false),
        () -> MODIFIED_MILLIS + FileHashes.SETTLED_MILLIS + 1);
    assertThat(later.hash(file)).contains(realHash);
    assertThat(later.learned()).isTrue();
    assertThat(later.seen().values()).singleElement().satisfies(s -> {
      assertThat(s.settled()).isTrue();
      assertThat(s.hash()).isEqualTo(realHash);
    });
  }

  @Test
  void aFileModifiedJustBeforeItWasHashedIsRecordedRacy() throws IOException {
    FileHashes soon = new FileHashes(Map.of(), () -> MODIFIED_MILLIS + FileHashes.SETTLED_MILLIS - 1);
    assertThat(soon.hash(file)).contains(realHash);
    assertThat(soon.seen().values()).singleElement().satisfies(s -> assertThat(s.settled()).isFalse());
  }

  @Test
  void aMissingFileHasNoHash() throws IOException {
    FileHashes hashes = new FileHashes(Map.of());
    assertThat(hashes.hash(dir.resolve("gone.yaml"))).isEmpty();
    assertThat(hashes.seen()).isEmpty();
  }

  @Test
  void theStampKeepsWhatWasSeen(@TempDir Path stampDir) throws IOException {
    FileHashes hashes = new FileHashes(Map.of(), () -> MODIFIED_MILLIS + 10_000);
    hashes.hash(file);
    Stamp stamp = new Stamp("tool", "config", 1, 2, 3, new java.util.TreeMap<>(), new java.util.TreeSet<>(),
        new java.util.TreeMap<>(), new java.util.TreeMap<>(), new java.util.TreeMap<>(), java.util.List.of(),
        hashes.seen());
    Path at = stampDir.resolve("s.stamp");
    stamp.write(at);
    assertThat(Stamp.read(at)).contains(stamp);
  }
}

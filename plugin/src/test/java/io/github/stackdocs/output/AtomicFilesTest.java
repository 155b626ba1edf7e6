package io.github.stackdocs.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path tmp;

  @Test
  void aLinkPlantedAtTheTemporaryNameIsNotWrittenThrough() throws IOException {
    Path outside = Files.writeString(tmp.resolve("outside.txt"), "outside\n");
    Path folder = Files.createDirectories(tmp.resolve("runbooks"));
    // the temporary name is predictable: the process id and the thread's id
    Path tmpName = folder.resolve(".Topic.adoc." + ProcessHandle.current().pid() + "."
        + Thread.currentThread().getId() + ".tmp");
    Files.createSymbolicLink(tmpName, outside);

    AtomicFiles.write(folder.resolve("Topic.adoc"), "runbook\n".getBytes());

    assertThat(outside).hasContent("outside");
    assertThat(folder.resolve("Topic.adoc")).hasContent("runbook");
    assertThat(Files.isSymbolicLink(folder.resolve("Topic.adoc"))).isFalse();
    assertThat(tmpName).doesNotExist();
    assertThat(Files.isSymbolicLink(tmpName)).isFalse();
  }
}

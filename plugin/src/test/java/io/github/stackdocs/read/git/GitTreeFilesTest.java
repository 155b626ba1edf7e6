package io.github.stackdocs.read.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitTreeFilesTest {
  @TempDir Path repo;

  private void commit(Git git, String content) throws Exception {
    Files.createDirectories(repo.resolve("cfn"));
    Files.writeString(repo.resolve("cfn/app.yaml"), content);
    git.add().addFilepattern(".").call();
    git.commit().setMessage(content).setAuthor("t", "t@example.com").setCommitter("t", "t@example.com")
        .setSign(false).call();
  }

  private String at(String ref) throws Exception {
    GitTreeFiles.Snapshot s = GitTreeFiles.read(repo, ref, p -> p.endsWith(".yaml"));
    assertThat(s.files()).hasSize(1);
    return new String(s.files().get(0).content(), StandardCharsets.UTF_8);
  }

  @Test
  void mergeBaseIsWhereHeadBranchedOffNotTheMovedTarget() throws Exception {
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      commit(git, "branched here");
      git.checkout().setCreateBranch(true).setName("feature").call();
      commit(git, "feature work");
      git.checkout().setName("main").call();
      commit(git, "main moved on");
      git.checkout().setName("feature").call();
    }
    assertThat(at("main")).isEqualTo("main moved on");
    assertThat(at("merge-base(main)")).isEqualTo("branched here");
    assertThat(at("HEAD")).isEqualTo("feature work");
    assertThatThrownBy(() -> at("merge-base(nope)")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("git ref 'nope' names no commit");
  }

  @Test
  void unrelatedHistoriesHaveNoMergeBase() throws Exception {
    try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
      commit(git, "one");
      git.checkout().setOrphan(true).setName("other").call();
      commit(git, "two");
    }
    assertThatThrownBy(() -> at("merge-base(main)")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no common ancestor");
  }
}

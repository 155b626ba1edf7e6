package io.github.stackdocs.render.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void sanitizesFileNames() {
    assertThat(FileNames.sanitize("app-prod_1.v2")).isEqualTo("app-prod_1.v2");
    assertThat(FileNames.sanitize("../../etc/passwd")).isEqualTo("etc-passwd");
    assertThat(FileNames.sanitize("..")).isEqualTo("stack");
    assertThat(FileNames.sanitize(".hidden")).isEqualTo("hidden");
    assertThat(FileNames.sanitize("a b/c\\d:e")).isEqualTo("a-b-c-d-e");
    assertThat(FileNames.sanitize("")).isEqualTo("stack");
    assertThat(FileNames.sanitize("v1.")).isEqualTo("v1");
    assertThat(FileNames.sanitize("a  b__c")).isEqualTo("a-b_c");
    assertThat(FileNames.sanitize("../evil <x>")).isEqualTo("evil-x");
    assertThat(FileNames.sanitize("x".repeat(300))).hasSize(100);
  }

  @Test
  void windowsReservedNamesGetASuffix() {
    assertThat(FileNames.sanitize("CON")).isEqualTo("CON_");
    assertThat(FileNames.sanitize("nul.prod")).isEqualTo("nul_.prod");
    assertThat(FileNames.sanitize("com1")).isEqualTo("com1_");
    assertThat(FileNames.sanitize("console")).isEqualTo("console");
    assertThat(FileNames.sanitize("LPT")).isEqualTo("LPT");
  }

  @Test
  void disambiguatesCollisionsDeterministically() {
    Map<String, String> a = FileNames.uniqueFileNames(List.of("a/b", "a-b", "A-B", "a b"));
    Map<String, String> b = FileNames.uniqueFileNames(List.of("a b", "A-B", "a-b", "a/b"));
    assertThat(a).isEqualTo(b);
    assertThat(a).containsEntry("A-B", "A-B").containsEntry("a b", "a-b-2").containsEntry("a-b", "a-b-3")
        .containsEntry("a/b", "a-b-4");
  }

  @Test
  void anchorsAreSlugsAndUniquePerPage() {
    assertThat(FileNames.slug("My Bucket!")).isEqualTo("my-bucket");
    assertThat(FileNames.slug("<script>")).isEqualTo("script");
    assertThat(FileNames.slug("!!!")).isEqualTo("x");
    FileNames.Anchors anchors = new FileNames.Anchors("parameters");
    assertThat(anchors.next("resource", "MyBucket")).isEqualTo("resource-mybucket");
    assertThat(anchors.next("resource", "Mybucket")).isEqualTo("resource-mybucket-2");
    assertThat(anchors.next("resource", "my_bucket")).isEqualTo("resource-my-bucket");
  }

  @Test
  void linksAreRelative() {
    assertThat(Link.between("x", "index", "stacks/a", "")).isEqualTo(new Link("x", "stacks/a.md", "stacks/a.adoc"));
    assertThat(Link.between("x", "stacks/b", "stacks/a", "output-o"))
        .isEqualTo(new Link("x", "../stacks/a.md#output-o", "../stacks/a.adoc#output-o"));
    assertThat(Link.between("x", "stacks/a", "stacks/a", "resource-r"))
        .isEqualTo(new Link("x", "#resource-r", "resource-r"));
    assertThat(Link.between("x", "stacks/a", "index", "")).isEqualTo(new Link("x", "../index.md", "../index.adoc"));
  }
}

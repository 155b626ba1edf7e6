package io.github.stackdocs.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FindingMessageTest {
  private static Finding finding(String message) {
    return Finding.warn("test", message, SourceLocation.UNKNOWN, "");
  }

  @Test
  void aMessageUpToTheLimitIsKeptWhole() {
    String message = "unknown key '" + "k".repeat(Finding.MAX_MESSAGE - 20) + "'; expected";
    assertThat(message).hasSize(Finding.MAX_MESSAGE - 20 + 24);
    assertThat(finding(message.substring(0, Finding.MAX_MESSAGE)).message())
        .isEqualTo(message.substring(0, Finding.MAX_MESSAGE));
  }

  @Test
  void aMessageQuotingAHugeKeyKeepsItsStartAndEndAndSaysHowMuchWasLeftOut() {
    String message = "unknown top-level section '" + "x".repeat(100_000) + "'; expected Resources, Parameters";
    String kept = finding(message).message();
    assertThat(kept.length()).isLessThan(Finding.MAX_MESSAGE + 100);
    assertThat(kept).startsWith("unknown top-level section 'xxx")
        .endsWith("xxx'; expected Resources, Parameters")
        .contains(" [... " + String.format(java.util.Locale.ROOT, "%,d", message.length() - 1_800)
            + " characters left out ...] ");
  }

  @Test
  void theCutNeverSplitsACharacterOutsideTheBasicPlane() {
    // both cut points fall between the two halves of a surrogate pair
    String message = "a" + "\uD83D\uDE00".repeat(5_000) + "b";
    String kept = finding(message).message();
    String head = kept.substring(1, kept.indexOf(" [... "));
    String tail = kept.substring(kept.indexOf("...] ") + 5, kept.length() - 1);
    assertThat(kept).startsWith("a").endsWith("b");
    assertThat(head.codePoints()).isNotEmpty().allMatch(c -> c == 0x1F600);
    assertThat(tail.codePoints()).isNotEmpty().allMatch(c -> c == 0x1F600);
  }

  @Test
  void controlCharactersAreEscapedBeforeTheMessageIsBounded() {
    String kept = finding("a\nb" + "\u001B".repeat(3_000)).message();
    assertThat(kept).startsWith("a\\nb\\u001B").doesNotContain("\n", "\u001B");
    assertThat(kept.length()).isLessThan(Finding.MAX_MESSAGE + 100);
  }
}

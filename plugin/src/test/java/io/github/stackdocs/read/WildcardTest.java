package io.github.stackdocs.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WildcardTest {

  @Test
  void selectorPatternsMatchAsDocumented() {
    assertThat(Wildcard.of("shop-*").matches("shop-app")).isTrue();
    assertThat(Wildcard.of("shop-*").matches("shop-app/x")).isFalse();
    assertThat(Wildcard.of("shop-**").matches("shop-app/x")).isTrue();
    assertThat(Wildcard.of("Orders?able").matches("OrdersTable")).isTrue();
    assertThat(Wildcard.of("a?c").matches("a/c")).isFalse();
    assertThat(Wildcard.of("").matches("")).isTrue();
    assertThat(Wildcard.of("").matches("x")).isFalse();
    assertThat(Wildcard.of("*").matches("")).isTrue();
    assertThat(Wildcard.ofOrUnder("Orders").matches("Orders/Handler/Resource")).isTrue();
    assertThat(Wildcard.ofOrUnder("Orders").matches("OrdersX")).isFalse();
    assertThat(Wildcard.ofOrUnder("Ord*").matches("Orders")).isTrue();
  }

  @Test
  void pathPatternsMatchAsDocumented() {
    assertThat(Wildcard.path("**/*.yaml").matches("a.yaml")).isTrue();
    assertThat(Wildcard.path("**/*.yaml").matches("x/y/a.yaml")).isTrue();
    assertThat(Wildcard.path("**/*.yaml").matches("x/y/a.json")).isFalse();
    assertThat(Wildcard.path("nested/**/t.json").matches("nested/t.json")).isTrue();
    assertThat(Wildcard.path("nested/**/t.json").matches("nested/a/b/t.json")).isTrue();
    assertThat(Wildcard.path("nested/**/t.json").matches("nestedt.json")).isFalse();
    assertThat(Wildcard.path("*.yaml").matches("x/a.yaml")).isFalse();
  }

  /** The regular expressions the globs were matched with before: the reference the matcher must agree with. */
  private static Pattern reference(String glob, boolean folders, boolean orUnder) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (i < glob.length()) {
      char c = glob.charAt(i);
      if (folders && glob.startsWith("**/", i)) {
        sb.append("(?:.*/)?");
        i += 3;
      } else if (glob.startsWith("**", i)) {
        sb.append(".*");
        i += 2;
      } else {
        sb.append(c == '*' ? "[^/]*" : c == '?' ? "[^/]" : Pattern.quote(String.valueOf(c)));
        i++;
      }
    }
    return Pattern.compile(sb + (orUnder ? "(?:/.*)?" : ""));
  }

  @Test
  void agreesWithTheRegularExpressionsOnRandomPatternsAndTexts() {
    Random random = new Random(16);
    String patternChars = "ab/*?*";
    String textChars = "ab/";
    for (int n = 0; n < 20_000; n++) {
      String pattern = random(random, patternChars, 8);
      String text = random(random, textChars, 10);
      for (int mode = 0; mode < 3; mode++) {
        Wildcard w = mode == 0 ? Wildcard.of(pattern) : mode == 1 ? Wildcard.path(pattern) : Wildcard.ofOrUnder(pattern);
        boolean expected = reference(pattern, mode == 1, mode == 2).matcher(text).matches();
        assertThat(w.matches(text)).as("mode %d: '%s' against '%s'", mode, pattern, text).isEqualTo(expected);
      }
    }
  }

  private static String random(Random random, String alphabet, int maxLength) {
    StringBuilder b = new StringBuilder();
    int length = random.nextInt(maxLength + 1);
    for (int i = 0; i < length; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }

  @Test
  void aBacktrackingPatternAgainstSixtyCharactersTakesUnderATenthOfASecond() {
    // as a regular expression, [^/]*a repeated 30 times then [^/]*b backtracks through ~C(60,30) ways of
    // splitting the text, and never finished
    String pattern = "*a".repeat(30) + "*b";
    String text = "a".repeat(60);
    for (Wildcard w : new Wildcard[] {Wildcard.of(pattern), Wildcard.path(pattern), Wildcard.ofOrUnder(pattern)}) {
      w.matches(text); // class loading and JIT are not the bound
      long start = System.nanoTime();
      assertThat(w.matches(text)).isFalse();
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(100));
    }
    assertThat(Wildcard.of("**a".repeat(30) + "**b").matches("a".repeat(5_000) + "/b")).isTrue();
  }
}

package io.github.stackdocs.render.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LineBreaksTest {
  /** What {@link LineBreaks#join} did with a regular expression, kept as the oracle for the one-pass scan. */
  private static final Pattern FORMER_JOIN = Pattern.compile("\\s*\\R\\s*");

  private static String formerJoin(String s) {
    String stripped = s.strip();
    return LineBreaks.any(stripped) ? FORMER_JOIN.matcher(stripped).replaceAll(" ") : stripped;
  }

  @Test
  void joinGivesWhatTheFormerRegularExpressionGave() {
    String[] samples = {"", "one line", "  padded  ", "a\nb", "a \r\n b", "a\n\n\nb", "a \t\n\t b  \n c",
        "a\u2028b", "a \u2028 b", "a\u0085\u2029b", "a \u000B b", "a\fb", "a \n \u2028 \n b", "a\u2028\u2028b",
        "tab\tonly", "a \u00A0\n\u00A0 b", "x\r", "\r\n", "a  b\nc  d"};
    for (String s : samples) {
      assertThat(LineBreaks.join(s)).as("join of [%s]", s.replace("\n", "\\n")).isEqualTo(formerJoin(s));
    }
  }

  @Test
  void joinGivesWhatTheFormerRegularExpressionGaveOnRandomMixesOfBlanksAndBreaks() {
    char[] alphabet = {'a', 'b', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u0085', '\u2028', '\u2029', '\u00A0'};
    Random random = new Random(42);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        sb.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String s = sb.toString();
      assertThat(LineBreaks.join(s)).as("join of %s", s.chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(formerJoin(s));
    }
  }

  @Test
  void aLongRunOfBlanksWithoutABreakIsJoinedInLinearTime() {
    // the former \s*\R\s* tried every position of the 200,000 blanks and rescanned the run each time (80,000 took
    // 16 s); one pass takes milliseconds
    String blanks = " ".repeat(200_000);
    String joined = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> LineBreaks.join("a\n b" + blanks + "c"));
    assertThat(joined).isEqualTo("a b" + blanks + "c");
  }
}

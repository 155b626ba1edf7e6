package io.github.stackdocs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

  @Test
  void optionsTakeTheirValueAfterASpaceOrAnEqualsSign() {
    Arguments a = Arguments.parse("diff", "--baseline", "git:main", "--output-directory=out", "--fail-on-risk=DATA_LOSS");
    assertThat(a.command()).contains(Command.DIFF);
    assertThat(a.value(Option.BASELINE)).contains("git:main");
    assertThat(a.value(Option.OUTPUT_DIRECTORY)).contains("out");
    assertThat(a.value(Option.FAIL_ON_RISK)).contains("DATA_LOSS");
    assertThat(a.value(Option.FORMATS)).isEmpty();
    assertThat(a.help()).isFalse();
  }

  @Test
  void theCommandMayComeAfterOptions() {
    assertThat(Arguments.parse("--quiet", "generate").command()).contains(Command.GENERATE);
  }

  @Test
  void flagsAreTrueAloneAndMayBeSetExplicitly() {
    assertThat(Arguments.parse("generate", "--show-cdk-internals").flag(Option.SHOW_CDK_INTERNALS)).isTrue();
    assertThat(Arguments.parse("generate", "--show-cdk-internals=false").flag(Option.SHOW_CDK_INTERNALS)).isFalse();
    assertThat(Arguments.parse("generate").flag(Option.SHOW_CDK_INTERNALS)).isFalse();
    assertThatThrownBy(() -> Arguments.parse("generate", "--quiet=yes")).isInstanceOf(UsageException.class)
        .hasMessageContaining("--quiet is a flag");
  }

  @Test
  void repeatableOptionsCollectEveryValueAndPairTakesTwo() {
    Arguments a = Arguments.parse("diff", "--pair", "a1.yaml", "a2.yaml", "--includes", "*.yaml", "--pair", "b1.json",
        "b2.json", "--includes=*.json", "--template", "x.yaml=Net");
    assertThat(a.values(Option.PAIR)).containsExactly("a1.yaml", "a2.yaml", "b1.json", "b2.json");
    assertThat(a.values(Option.INCLUDES)).containsExactly("*.yaml", "*.json");
    assertThat(a.values(Option.TEMPLATE)).containsExactly("x.yaml=Net");
  }

  @Test
  void mistakesAreUsageErrorsThatSayWhatIsWrong() {
    assertThatThrownBy(() -> Arguments.parse("diff", "--baseline", "a", "--baseline", "b"))
        .isInstanceOf(UsageException.class).hasMessage("--baseline is given twice");
    assertThatThrownBy(() -> Arguments.parse("diff", "--baseline")).isInstanceOf(UsageException.class)
        .hasMessage("--baseline needs a value: --baseline BASELINE");
    assertThatThrownBy(() -> Arguments.parse("diff", "--pair", "old.yaml")).isInstanceOf(UsageException.class)
        .hasMessage("--pair needs 2 values: --pair OLD NEW");
    assertThatThrownBy(() -> Arguments.parse("diff", "--pair=old.yaml", "new.yaml")).isInstanceOf(UsageException.class)
        .hasMessageContaining("--pair needs 2 values");
    assertThatThrownBy(() -> Arguments.parse("diff", "--baseline-dir", "x")).isInstanceOf(UsageException.class)
        .hasMessage("unknown option --baseline-dir (did you mean --baseline?)");
    assertThatThrownBy(() -> Arguments.parse("generate", "--sourcedirectory", "x")).isInstanceOf(UsageException.class)
        .hasMessage("unknown option --sourcedirectory (did you mean --source-directory?)");
    assertThatThrownBy(() -> Arguments.parse("generate", "--zzz")).isInstanceOf(UsageException.class)
        .hasMessage("unknown option --zzz; see --help");
    assertThatThrownBy(() -> Arguments.parse("generate", "--baseline", "git:main")).isInstanceOf(UsageException.class)
        .hasMessage("--baseline is an option of diff, not of generate");
    assertThatThrownBy(() -> Arguments.parse("publish")).isInstanceOf(UsageException.class)
        .hasMessage("unknown command 'publish'; expected generate, check, diff, snapshot, inject");
    assertThatThrownBy(() -> Arguments.parse("diff", "--antora-name", "x")).isInstanceOf(UsageException.class)
        .hasMessage("--antora-name is an option of generate, check, not of diff");
    assertThatThrownBy(() -> Arguments.parse("diff", "stray")).isInstanceOf(UsageException.class)
        .hasMessageContaining("unexpected argument 'stray'");
  }

  @Test
  void helpIsAskedWithOrWithoutACommand() {
    assertThat(Arguments.parse("--help").help()).isTrue();
    assertThat(Arguments.parse("--help").command()).isEmpty();
    assertThat(Arguments.parse("help").help()).isTrue();
    assertThat(Arguments.parse("diff", "-h").command()).contains(Command.DIFF);
    assertThat(Arguments.parse("diff", "-h").help()).isTrue();
    assertThat(Arguments.parse().command()).isEqualTo(Optional.empty());
  }

  @Test
  void everyOptionIsInTheHelpOfTheCommandsItAppliesTo() {
    String all = Help.text(Optional.empty());
    String generate = Help.text(Optional.of(Command.GENERATE));
    for (Option o : Option.values()) {
      assertThat(all).contains("--" + o.cliName());
      if (o.appliesTo(Command.GENERATE)) {
        assertThat(generate).contains("--" + o.cliName() + " ");
      } else {
        assertThat(generate).doesNotContain("--" + o.cliName() + " ");
      }
    }
    assertThat(all).contains("generate", "check", "diff", "Exit codes");
  }
}

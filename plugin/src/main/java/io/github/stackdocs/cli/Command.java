package io.github.stackdocs.cli;

import java.util.Locale;
import java.util.Optional;

/** The subcommands; each mirrors the Maven goal of the same name. */
enum Command {
  GENERATE("writes the documentation (AsciiDoc, Markdown, HTML, model.json) into the output directory"),
  CHECK("regenerates in memory and fails (exit 1) when the docs in the output directory differ"),
  DIFF("writes changes.md and changes.json: the current inputs against a baseline, risks first"),
  SNAPSHOT("reads the deployed stacks from AWS CloudFormation (read-only calls) and writes them as AWS CLI JSON"),
  INJECT("fills the stackdocs:begin/end regions of --inject-files (a README) and writes nothing else");

  private final String summary;

  Command(String summary) {
    this.summary = summary;
  }

  String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  String summary() {
    return summary;
  }

  static Optional<Command> parse(String word) {
    for (Command c : values()) {
      if (c.cliName().equals(word)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}

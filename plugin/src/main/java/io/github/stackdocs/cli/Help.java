package io.github.stackdocs.cli;

import java.util.Optional;

/** The {@code --help} text: the commands, and the options of one command or of all. */
final class Help {
  private Help() {}

  static String text(Optional<Command> command) {
    StringBuilder sb = new StringBuilder();
    sb.append("Usage: stackdocs ").append(command.map(Command::cliName).orElse("<command>")).append(" [options]\n\n");
    if (command.isEmpty()) {
      sb.append("Commands (each does what the Maven goal of the same name does):\n");
      for (Command c : Command.values()) {
        sb.append(String.format("  %-10s %s%n", c.cliName(), c.summary()));
      }
      sb.append("\n");
    } else {
      sb.append(command.get().summary()).append(".\n\n");
    }
    sb.append("Options (relative paths are resolved against --base-directory):\n");
    for (Option o : Option.values()) {
      if (command.map(o::appliesTo).orElse(true)) {
        sb.append(o.helpLine()).append(command.isEmpty() && !o.everyCommand() ? " [" + o.commandNames() + "]" : "")
            .append('\n');
      }
    }
    sb.append("\nExit codes: 0 done; 1 a problem to fix in the arguments, configuration or inputs (or docs out of date,"
        + "\nor risks at --fail-on-risk); 2 an internal error (please report it, with --verbose output).\n");
    return sb.toString().replace("\r\n", "\n");
  }
}

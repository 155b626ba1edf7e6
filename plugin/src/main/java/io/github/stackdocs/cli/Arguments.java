package io.github.stackdocs.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed command line: {@code <command> [--option value | --option=value | --flag]...}. Options may come in any
 * order; a non-repeatable option given twice, an unknown option (with the closest known ones suggested), an
 * option of another command, or a missing value is a {@link UsageException}.
 */
final class Arguments {
  private final Command command;
  private final boolean help;
  private final Map<Option, List<String>> values;

  private Arguments(Command command, boolean help, Map<Option, List<String>> values) {
    this.command = command;
    this.help = help;
    this.values = values;
  }

  /** The command; empty only when help is asked without one (or nothing at all is given). */
  Optional<Command> command() {
    return Optional.ofNullable(command);
  }

  boolean help() {
    return help;
  }

  boolean has(Option option) {
    return values.containsKey(option);
  }

  /** The single value of an option. */
  Optional<String> value(Option option) {
    return Optional.ofNullable(values.get(option)).map(v -> v.get(v.size() - 1));
  }

  /** Every value of a repeatable option, in order ({@code --pair} gives two per occurrence). */
  List<String> values(Option option) {
    return values.getOrDefault(option, List.of());
  }

  /** A flag: present without value, or {@code =true}/{@code =false}. */
  boolean flag(Option option) {
    return value(option).map(v -> v.isEmpty() || Boolean.parseBoolean(v)).orElse(false);
  }

  static Arguments parse(String... args) {
    Command command = null;
    boolean help = false;
    Map<Option, List<String>> values = new EnumMap<>(Option.class);
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("-h") || arg.equals("--help") || arg.equals("help") && command == null && i == 0) {
        help = true;
        continue;
      }
      if (!arg.startsWith("--")) {
        if (command != null) {
          throw new UsageException("unexpected argument '" + arg + "'; options start with --");
        }
        command = Command.parse(arg).orElseThrow(() -> new UsageException("unknown command '" + arg
            + "'; expected " + String.join(", ", java.util.Arrays.stream(Command.values()).map(Command::cliName)
            .toList())));
        continue;
      }
      int eq = arg.indexOf('=');
      String name = arg.substring(2, eq < 0 ? arg.length() : eq);
      Option option = Option.byName(name).orElseThrow(() -> new UsageException("unknown option --" + name
          + suggestion(name)));
      List<String> given = values.computeIfAbsent(option, o -> new ArrayList<>());
      if (!given.isEmpty() && !option.repeatable()) {
        throw new UsageException("--" + name + " is given twice");
      }
      if (option.arity() == 0) {
        String v = eq < 0 ? "" : arg.substring(eq + 1);
        if (!v.isEmpty() && !v.equals("true") && !v.equals("false")) {
          throw new UsageException("--" + name + " is a flag; give it alone, or as --" + name + "=true|false");
        }
        given.add(v);
      } else if (eq >= 0 && option.arity() == 1) {
        given.add(arg.substring(eq + 1));
      } else {
        if (eq >= 0 || i + option.arity() >= args.length) {
          throw new UsageException("--" + name + " needs " + (option.arity() == 1 ? "a value" : option.arity()
              + " values") + ": --" + name + " " + option.valueName());
        }
        for (int k = 0; k < option.arity(); k++) {
          given.add(args[++i]);
        }
      }
      if (option == Option.HELP) {
        help = true;
      }
    }
    if (command != null) {
      for (Option o : values.keySet()) {
        if (!o.appliesTo(command)) {
          throw new UsageException("--" + o.cliName() + " is an option of " + o.commandNames() + ", not of "
              + command.cliName());
        }
      }
    }
    return new Arguments(command, help, values);
  }

  /** " (did you mean --x?)" for the known options closest to a misspelled one, else "". */
  private static String suggestion(String name) {
    List<String> close = java.util.Arrays.stream(Option.values()).map(Option::cliName)
        .filter(n -> distance(n, name) <= Math.max(2, name.length() / 4) || name.startsWith(n) || n.startsWith(name))
        .sorted(Comparator.comparingInt((String n) -> distance(n, name)).thenComparing(n -> n))
        .limit(2).map(n -> "--" + n).toList();
    return close.isEmpty() ? "; see --help" : " (did you mean " + String.join(" or ", close) + "?)";
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}

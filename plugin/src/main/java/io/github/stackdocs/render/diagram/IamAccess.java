package io.github.stackdocs.render.diagram;

import io.github.stackdocs.model.Node;
import io.github.stackdocs.model.Resource;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What IAM grants mean in a picture: the actions of an {@code Allow} statement as {@code invokes}, {@code reads},
 * {@code writes} or {@code reads/writes}; SAM policy templates by their name.
 */
final class IamAccess {
  /** A reference inside a statement's Resource: the statement's path and which list it is in. */
  private static final Pattern STATEMENT = Pattern.compile("^(.*\\.Statement(?:\\[\\d+])?)\\.(Resource|NotResource)\\b.*");
  /** A SAM policy template parameter: {@code Properties.Policies[0].DynamoDBCrudPolicy.TableName}. */
  private static final Pattern SAM_TEMPLATE = Pattern.compile("^Properties\\.Policies(?:\\[\\d+])?\\.([A-Za-z0-9]+Policy)\\..*");

  private static final Set<String> INVOKE = Set.of("lambda:invokefunction", "lambda:invokeasync",
      "lambda:invokefunctionurl", "states:startexecution", "states:startsyncexecution", "execute-api:invoke");
  /** Consuming a queue is reading it, though a received message is then deleted. */
  private static final Set<String> CONSUME = Set.of("sqs:deletemessage", "sqs:deletemessagebatch",
      "sqs:changemessagevisibility", "sqs:changemessagevisibilitybatch", "kms:decrypt");
  private static final List<String> READ_VERBS = List.of("get", "list", "describe", "query", "scan", "batchget",
      "receive", "read", "select", "head", "search", "lookup", "subscribe", "download", "export", "poll");
  private static final List<String> WRITE_VERBS = List.of("put", "update", "delete", "create", "batchwrite", "send",
      "publish", "write", "upload", "tag", "untag", "encrypt", "generatedatakey", "abort", "restore", "replicate",
      "modify", "set", "add", "remove", "attach", "detach", "increment", "truncate", "import", "rotate");

  private IamAccess() {}

  /**
   * The access a reference at {@code path} of {@code resource} grants to its target: from the actions of the
   * {@code Allow} statement whose {@code Resource} holds it, or from the SAM policy template it parameterizes.
   * Empty when the reference is not such a grant (a condition, a principal, a Deny, a NotResource).
   */
  static Optional<Relation> grant(Resource resource, String path) {
    if (hasLineTerminator(path)) {
      return Optional.empty(); // neither pattern's '.' crosses one; STATEMENT would backtrack quadratically first
    }
    Matcher m = STATEMENT.matcher(path);
    if (m.matches()) {
      if (m.group(2).equals("NotResource")) {
        return Optional.empty();
      }
      return NodePaths.at(resource, m.group(1)).flatMap(IamAccess::statement);
    }
    Matcher t = SAM_TEMPLATE.matcher(path);
    return t.matches() ? template(t.group(1)) : Optional.empty();
  }

  /** True when {@code path} (its keys come from the template) holds a character {@code .} does not match. */
  private static boolean hasLineTerminator(String path) {
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /** An {@code Allow} statement's actions as one relation; empty for Deny, NotAction or unknown verbs. */
  static Optional<Relation> statement(Node statement) {
    if (!(statement instanceof Node.MapNode map) || map.has("NotAction")) {
      return Optional.empty();
    }
    String effect = map.has("Effect") ? Node.text(map.get("Effect")).orElse("") : "Allow";
    if (!effect.equals("Allow") || !map.has("Action")) {
      return Optional.empty();
    }
    return actions(NodePaths.strings(map.get("Action")));
  }

  /** {@code invokes} if any action invokes, else {@code reads}, {@code writes} or both; empty when none is known. */
  static Optional<Relation> actions(List<String> actions) {
    boolean read = false;
    boolean write = false;
    for (String action : actions) {
      String a = action.trim().toLowerCase(Locale.ROOT);
      if (INVOKE.contains(a) || a.equals("lambda:invoke*")) {
        return Optional.of(Relation.INVOKES);
      }
      int colon = a.indexOf(':');
      String verb = colon < 0 ? a : a.substring(colon + 1);
      if (verb.equals("*") || a.equals("*")) {
        read = true;
        write = true;
      } else if (CONSUME.contains(a) || startsWithAny(verb, READ_VERBS)) {
        read = true;
      } else if (startsWithAny(verb, WRITE_VERBS)) {
        write = true;
      } else if (verb.startsWith("*")) {
        read = true;
        write = true;
      }
    }
    return combine(read, write);
  }

  /** A SAM policy template by its name: {@code DynamoDBCrudPolicy} reads/writes, {@code S3ReadPolicy} reads ... */
  static Optional<Relation> template(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.contains("invoke") || n.contains("execution")) {
      return Optional.of(Relation.INVOKES);
    }
    if (n.contains("crud") || n.contains("fullaccess") || n.contains("readwrite")) {
      return Optional.of(Relation.READS_WRITES);
    }
    boolean read = n.contains("read") || n.contains("poller") || n.contains("describe") || n.contains("get");
    boolean write = n.contains("write") || n.contains("send") || n.contains("publish") || n.contains("put");
    return combine(read, write);
  }

  private static Optional<Relation> combine(boolean read, boolean write) {
    if (read && write) {
      return Optional.of(Relation.READS_WRITES);
    }
    if (read) {
      return Optional.of(Relation.READS);
    }
    return write ? Optional.of(Relation.WRITES) : Optional.empty();
  }

  private static boolean startsWithAny(String verb, List<String> prefixes) {
    for (String p : prefixes) {
      if (verb.startsWith(p)) {
        return true;
      }
    }
    return false;
  }
}

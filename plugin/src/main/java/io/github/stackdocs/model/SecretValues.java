package io.github.stackdocs.model;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which template values are secret: the one place that decides, for the deployed-state masking ({@link
 * DeployedSecrets}) and for anything else that must keep NoEcho-derived values out of what it shows.
 *
 * <p>A value is secret-derived when, anywhere inside it (through every intrinsic function: {@code Fn::Join},
 * {@code Fn::If}, {@code Fn::Select}, {@code Fn::Base64}, {@code Fn::Sub} variable maps, ...), it has a {@code Ref}
 * to a NoEcho parameter, an {@code Fn::Sub} placeholder {@code ${Name}} naming one, or a dynamic reference to a
 * secret ({@code {{resolve:secretsmanager:...}}}, {@code {{resolve:ssm-secure:...}}}). The walk is structural and
 * conservative: a NoEcho parameter used anywhere inside a value (a condition's branch that may not be taken, a
 * {@code Fn::FindInMap} key) makes the whole value secret.
 */
public final class SecretValues {
  /** What a secret value is replaced by. */
  public static final String MASK = "****";

  /** A known secret shorter than this is recognised as a whole value only, not inside longer text. */
  private static final int MIN_CONTAINED = 6;

  /**
   * True when showing {@code text} would reveal one of {@code secrets} (values known to be secret): it is one, or
   * holds one long enough to tell.
   */
  public static boolean reveals(String text, Set<String> secrets) {
    if (secrets.contains(text)) {
      return true;
    }
    for (String secret : secrets) {
      if (secret.length() >= MIN_CONTAINED && text.contains(secret)) {
        return true;
      }
    }
    return false;
  }

  private static final List<String> DYNAMIC_SECRET_PREFIXES =
      List.of("{{resolve:secretsmanager:", "{{resolve:ssm-secure:");

  /**
   * Property and key names that hold secrets by their name, matched as lower-case words without separators: the
   * second line of defence, for write-only properties, since the bundled catalog does not record them (see
   * {@link #isSecretName}).
   */
  private static final List<String> SECRET_WORDS =
      List.of("password", "passwd", "passphrase", "secret", "token", "privatekey", "apikey");

  /** Names ending so name or point to a secret, they are not one ({@code SecretArn}, {@code PasswordParameterName}). */
  private static final List<String> REFERENCE_SUFFIXES = List.of("arn", "arns", "id", "ids", "name", "names");

  /** Deeper than any template reader lets a value be ({@code JsonLimits}: 256 levels). */
  private static final int MAX_DEPTH = 512;

  private SecretValues() {}

  /** The names of the stack's NoEcho parameters. */
  public static Set<String> noEchoParameters(List<Parameter> parameters) {
    Set<String> names = new HashSet<>();
    for (Parameter p : parameters) {
      if (p.noEcho()) {
        names.add(p.name());
      }
    }
    return names;
  }

  /**
   * True when {@code text} holds a dynamic reference to a secret, {@code {{resolve:secretsmanager:} or
   * {@code {{resolve:ssm-secure:}, anywhere (letter case ignored). Plain {@code {{resolve:ssm:} parameters are not
   * secret.
   */
  public static boolean isDynamicReference(String text) {
    if (text == null || text.indexOf("{{") < 0) {
      return false;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    for (String prefix : DYNAMIC_SECRET_PREFIXES) {
      if (lower.contains(prefix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when {@code value} is secret-derived: see the class comment. A null value is not.
   *
   * @param noEchoParameters the names of the NoEcho parameters of the value's stack
   */
  public static boolean derivesFromSecret(Node value, Set<String> noEchoParameters) {
    return derives(value, noEchoParameters, 0);
  }

  private static boolean derives(Node value, Set<String> noEcho, int depth) {
    if (value == null) {
      return false;
    }
    if (depth > MAX_DEPTH) { // never a stack overflow; secret, to be safe
      return true;
    }
    if (value instanceof Node.ScalarNode s) {
      return s.isString() && isDynamicReference((String) s.value());
    }
    if (value instanceof Node.ListNode l) {
      for (Node item : l.items()) {
        if (derives(item, noEcho, depth + 1)) {
          return true;
        }
      }
      return false;
    }
    Node.MapNode m = (Node.MapNode) value;
    if (m.size() == 1 && m.get("Ref") instanceof Node.ScalarNode ref && noEcho.contains(ref.text())) {
      return true;
    }
    if (m.size() == 1 && m.has("Fn::Sub") && subNamesNoEcho(m.get("Fn::Sub"), noEcho)) {
      return true;
    }
    for (Node item : m.entries().values()) {
      if (derives(item, noEcho, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  /** True when an {@code Fn::Sub} string has a {@code ${Name}} placeholder of a NoEcho parameter its map does not define. */
  private static boolean subNamesNoEcho(Node sub, Set<String> noEcho) {
    Node text = sub;
    Map<String, Node> variables = Map.of();
    if (sub instanceof Node.ListNode l && l.size() >= 1) {
      text = l.get(0);
      if (l.size() >= 2 && l.get(1) instanceof Node.MapNode m) {
        variables = m.entries();
      }
    }
    if (!(text instanceof Node.ScalarNode s) || !s.isString() || noEcho.isEmpty()) {
      return false;
    }
    String t = (String) s.value();
    int i = t.indexOf("${");
    while (i >= 0) {
      int end = t.indexOf('}', i + 2);
      if (end < 0) {
        return false;
      }
      String name = t.substring(i + 2, end);
      if (!name.startsWith("!") && noEcho.contains(name) && !variables.containsKey(name)) {
        return true;
      }
      i = t.indexOf("${", end + 1);
    }
    return false;
  }

  /**
   * True when a property or key name says it holds a secret ({@code MasterUserPassword}, {@code AuthToken},
   * {@code DB_PASSWORD}, {@code ClientSecret}, {@code SecretString}, {@code PrivateKey}), but not when it names or
   * points to one ({@code SecretArn}, {@code SecretId}, {@code PasswordParameterName}). A heuristic, used for
   * values the template does not show (a drift report's actual value): CloudFormation marks such properties
   * write-only in its registry schemas, which the bundled catalog does not carry.
   */
  public static boolean isSecretName(String name) {
    if (name == null || name.isEmpty()) {
      return false;
    }
    StringBuilder b = new StringBuilder(name.length());
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(Character.toLowerCase(c));
      }
    }
    String word = b.toString();
    if (SECRET_WORDS.stream().noneMatch(word::contains)) {
      return false;
    }
    return REFERENCE_SUFFIXES.stream().noneMatch(word::endsWith);
  }
}

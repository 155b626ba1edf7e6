package io.github.stackdocs.read.deployed.live;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes what AWS and the SDK say safe to show. An error reply may echo the signed request (a {@code
 * SignatureDoesNotMatch} message quotes the canonical request, session token header included), so only its first
 * paragraph is kept and anything shaped like an access key id, a session token header, a signature or a credential
 * scope is masked. A broken AWS config or credentials file becomes a message naming the file's problem by line,
 * never its content.
 */
public final class AwsMessages {
  private static final String MASK = "****";
  private static final Pattern KEY_ID = Pattern.compile("\\b(AKIA|ASIA|AIDA|AROA|AGPA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{12,}");
  private static final Pattern SECRET_HEADERS = Pattern.compile(
      "(?i)(x-amz-security-token|x-amz-credential|aws_secret_access_key|aws_session_token|aws_access_key_id"
          + "|Credential|Signature|SessionToken|SecretAccessKey)(\\s*[:=]\\s*)[^\\s,;'\"&]+");

  private AwsMessages() {}

  /** The first paragraph of {@code message} with credential-shaped text masked; "" for null. */
  public static String scrub(String message) {
    if (message == null) {
      return "";
    }
    String s = message.strip();
    int paragraph = s.indexOf("\n\n");
    if (paragraph >= 0) {
      s = s.substring(0, paragraph);
    }
    s = SECRET_HEADERS.matcher(s).replaceAll("$1$2" + MASK);
    return KEY_ID.matcher(s).replaceAll(MASK).replaceAll("\\s+", " ").strip();
  }

  /**
   * The SDK's own failure to parse the AWS config or credentials file ({@code ~/.aws/credentials}), which it throws
   * as a plain {@link IllegalArgumentException} or {@link IllegalStateException}; empty for anything else.
   */
  public static Optional<LiveReadException> profileProblem(RuntimeException e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      if (frame.getClassName().startsWith("software.amazon.awssdk.profiles.")) {
        return Optional.of(new LiveReadException(LiveReadException.Kind.NO_CREDENTIALS, "the AWS config or"
            + " credentials file cannot be read (" + scrub(e.getMessage()) + "): fix it (aws configure), or choose"
            + " another 'profile'", null));
      }
    }
    return Optional.empty();
  }
}

package io.github.stackdocs.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.read.cfn.CfnTemplateReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretValuesTest {
  private static final Set<String> NO_ECHO = Set.of("Pw");

  private static Node value(String yaml) {
    return new CfnTemplateReader().read("t.yaml", "t", "Resources:\n  R:\n    Type: T\n    Properties:\n      P: " + yaml
        + "\n").stack().orElseThrow().resources().get(0).properties().get("P");
  }

  private static boolean secret(String yaml) {
    return SecretValues.derivesFromSecret(value(yaml), NO_ECHO);
  }

  @Test
  void aNoEchoParameterAnywhereInsideMakesTheValueSecret() {
    assertThat(secret("!Ref Pw")).isTrue();
    assertThat(secret("!Sub 'x-${Pw}-y'")).isTrue();
    assertThat(secret("!Join ['', [a, !Ref Pw]]")).isTrue();
    assertThat(secret("!If [C, !Select [0, [!Ref Pw]], none]")).isTrue();
    assertThat(secret("!Base64 {'Fn::Sub': ['${X}', {X: !Ref Pw}]}")).isTrue();
    assertThat(secret("{Variables: {DB: [{Value: !Ref Pw}]}}")).isTrue();
    assertThat(secret("!Sub ['${A}-${Pw}', {A: b}]")).isTrue();
  }

  @Test
  void otherReferencesLiteralsAndEscapedOrShadowedPlaceholdersAreNot() {
    assertThat(secret("!Ref Stage")).isFalse();
    assertThat(secret("!Sub '${Stage}-${!Pw}-${AWS::Region}'")).isFalse();
    assertThat(secret("!Sub ['${Pw}', {Pw: literal}]")).isFalse();
    assertThat(secret("'${Pw}'")).as("no Fn::Sub: not a placeholder").isFalse();
    assertThat(secret("Pw")).isFalse();
    assertThat(secret("!GetAtt Pw.Arn")).isFalse();
    assertThat(secret("{Ref: Pw, Other: x}")).as("not an intrinsic: a two-key mapping").isFalse();
    assertThat(SecretValues.derivesFromSecret(null, NO_ECHO)).isFalse();
    assertThat(SecretValues.derivesFromSecret(value("!Ref Pw"), Set.of())).isFalse();
  }

  @Test
  void dynamicReferencesToSecretsAreSecretWhereverTheyAre() {
    assertThat(secret("'{{resolve:secretsmanager:db:SecretString:password}}'")).isTrue();
    assertThat(secret("!Sub 'postgres://u:{{resolve:ssm-secure:/db/pw:3}}@h/${Stage}'")).isTrue();
    assertThat(secret("!Join ['', ['{{RESOLVE:SSM-SECURE:/x:1}}']]")).isTrue();
    assertThat(secret("'{{resolve:ssm:/plain/parameter}}'")).isFalse();
    assertThat(SecretValues.isDynamicReference("a{{resolve:secretsmanager:arn:aws:secretsmanager:x}}b")).isTrue();
    assertThat(SecretValues.isDynamicReference("{{resolve:ssm:/x}}")).isFalse();
    assertThat(SecretValues.isDynamicReference(null)).isFalse();
  }

  @Test
  void namesOfSecretsButNotNamesThatPointToThem() {
    for (String name : new String[] {"MasterUserPassword", "AuthToken", "DB_PASSWORD", "ClientSecret", "SecretString",
        "PrivateKey", "api-key", "Passphrase"}) {
      assertThat(SecretValues.isSecretName(name)).as(name).isTrue();
    }
    for (String name : new String[] {"SecretArn", "SecretId", "PasswordParameterName", "KmsKeyId", "Timeout",
        "Environment", "0", "", "Value"}) {
      assertThat(SecretValues.isSecretName(name)).as(name).isFalse();
    }
  }

  @Test
  void deepNestingIsSecretRatherThanAStackOverflow() {
    Node n = Node.string("x", SourceLocation.UNKNOWN);
    for (int i = 0; i < 5_000; i++) {
      n = new Node.ListNode(java.util.List.of(n), SourceLocation.UNKNOWN);
    }
    assertThat(SecretValues.derivesFromSecret(n, NO_ECHO)).isTrue();
  }
}

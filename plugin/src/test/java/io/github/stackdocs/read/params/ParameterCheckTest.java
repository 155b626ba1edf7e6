package io.github.stackdocs.read.params;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParameterCheckTest {
  @TempDir Path dir;

  private static final String TEMPLATE = """
      Parameters:
        Stage:
          Type: String
          AllowedValues: [dev, prod]
        Name:
          Type: String
          AllowedPattern: "[a-z]+"
          MinLength: 2
          MaxLength: 5
          ConstraintDescription: lower-case letters
        Count:
          Type: Number
          MinValue: 1
          MaxValue: 10
        Zones:
          Type: CommaDelimitedList
          AllowedValues: [a, b]
        Ports:
          Type: List<Number>
        Password:
          Type: String
          NoEcho: true
          AllowedPattern: "[0-9]+"
        Optional:
          Type: String
          Default: x
      Resources:
        B:
          Type: AWS::S3::Bucket
      """;

  private final List<Finding> findings = new ArrayList<>();

  private static Stack stack(String template) {
    return new CfnTemplateReader().read("app.yaml", "app", template).stack().orElseThrow();
  }

  private ParameterFile file(String yaml) throws IOException {
    Path f = dir.resolve("app.yaml");
    Files.writeString(f, yaml.replace("\\n", "\n"));
    return ParameterFileReader.read(f, "params/app.yaml", findings).orElseThrow();
  }

  private static final String VALID = "Stage: dev\\nName: abc\\nCount: 3\\nZones: a,b\\nPorts: [80, 443]\\n"
      + "Password: '123'\\n";

  @Test
  void validValuesGiveNoFinding() throws IOException {
    ParameterCheck.check(stack(TEMPLATE), file(VALID), findings);
    assertThat(findings).isEmpty();
  }

  /** One bad value (the line replaced in the valid file) → one ERROR at the value. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "Stage: test     | value-not-allowed  | 1:8 | the value 'test' of parameter 'Stage' is not one of the AllowedValues [dev, prod]",
    "Name: ABC       | value-not-matching | 2:7 | the value 'ABC' of parameter 'Name' does not match the AllowedPattern [a-z]+ (lower-case letters)",
    "Name: a         | value-too-short    | 2:7 | the value 'a' of parameter 'Name' is 1 characters long, shorter than MinLength 2 (lower-case letters)",
    "Name: abcdef    | value-too-long     | 2:7 | the value 'abcdef' of parameter 'Name' is 6 characters long, longer than MaxLength 5 (lower-case letters)",
    "Count: many     | not-a-number       | 3:8 | the value 'many' of parameter 'Count' is not a number (type Number)",
    "Count: 0        | value-too-small    | 3:8 | the value '0' of parameter 'Count' is less than MinValue 1",
    "Count: 11.5     | value-too-large    | 3:8 | the value '11.5' of parameter 'Count' is greater than MaxValue 10",
    "Zones: a,c      | value-not-allowed  | 4:8 | the value 'c' of parameter 'Zones' is not one of the AllowedValues [a, b]",
    "Zones: [a, c]   | value-not-allowed  | 4:12 | the value 'c' of parameter 'Zones' is not one of the AllowedValues [a, b]",
    "Ports: [80, x]  | not-a-number       | 5:13 | the value 'x' of parameter 'Ports' is not a number (type List<Number>)",
    "Stage: [dev]    | wrong-type         | 1:8 | parameter 'Stage' is of type String and takes one value, not a list",
  })
  void reportsEachBadValueAtIt(String line, String code, String at, String message) throws IOException {
    String key = line.substring(0, line.indexOf(':'));
    String yaml = VALID.replaceFirst(key + ": [^\\\\]*", java.util.regex.Matcher.quoteReplacement(line));
    ParameterCheck.check(stack(TEMPLATE), file(yaml), findings);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.format()).isEqualTo("params/app.yaml:" + at + ": ERROR " + message + " [" + code + "]");
      assertThat(f.stack()).isEqualTo("app");
    });
  }

  @Test
  void aNoEchoValueIsNeverQuoted() throws IOException {
    ParameterCheck.check(stack(TEMPLATE), file(VALID.replace("'123'", "hunter2")), findings);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.format()).isEqualTo("params/app.yaml:6:11: ERROR the value of NoEcho parameter 'Password' does"
          + " not match the AllowedPattern [0-9]+ [value-not-matching]");
      assertThat(f.format()).doesNotContain("hunter2");
    });
  }

  @Test
  void unknownNamesAreWarnedWithTheClosestDeclaredName() throws IOException {
    ParameterCheck.check(stack(TEMPLATE), file(VALID + "Stgae: prod\\nElse: 1\\n"), findings);
    assertThat(findings).extracting(Finding::format).containsExactly(
        "params/app.yaml:7:8: WARN stack 'app' declares no parameter 'Stgae' (did you mean 'Stage'?); the value"
            + " is not used [unknown-parameter]",
        "params/app.yaml:8:7: WARN stack 'app' declares no parameter 'Else'; the value is not used"
            + " [unknown-parameter]");
  }

  @Test
  void aParameterWithoutDefaultOrValueIsWarnedAtTheParameter() throws IOException {
    ParameterCheck.check(stack(TEMPLATE), file("Stage: dev\\nName: abc\\nZones: a\\nPorts: '1'\\n"), findings);
    assertThat(findings).extracting(Finding::format).containsExactly(
        "app.yaml:11:3: WARN parameter 'Count' has no Default and no value in params/app.yaml"
            + " [missing-parameter-value]");
    findings.clear();
    ParameterCheck.check(stack(TEMPLATE), Optional.empty(), findings);
    assertThat(findings).extracting(Finding::format).contains(
        "app.yaml:2:3: WARN parameter 'Stage' has no Default and no value (the stack has no parameter file)"
            + " [missing-parameter-value]").hasSize(5); // not Optional (Default), not Password (NoEcho)
  }

  @Test
  void usePreviousValueIsNotChecked() throws IOException {
    Path f = dir.resolve("p.json");
    Files.writeString(f, "[{\"ParameterKey\": \"Count\", \"UsePreviousValue\": true}]");
    ParameterFile p = ParameterFileReader.read(f, "p.json", findings).orElseThrow();
    ParameterCheck.check(stack(TEMPLATE), p, findings);
    assertThat(findings).extracting(Finding::code).doesNotContain("not-a-number", "missing-parameter-value"
        + "-for-Count");
    assertThat(findings).extracting(Finding::message).noneMatch(m -> m.contains("'Count'"));
  }

  @Test
  void aCatastrophicPatternIsGivenUpQuicklyAndSaysSo() throws IOException {
    String template = """
        Parameters:
          Evil:
            Type: String
            AllowedPattern: "(.*a){20}"
        Resources:
          B:
            Type: AWS::S3::Bucket
        """;
    long start = System.nanoTime();
    ParameterCheck.check(stack(template), file("Evil: " + "a".repeat(40) + "!\\n"), findings);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.format()).isEqualTo(
        "params/app.yaml:1:7: WARN the value of parameter 'Evil' was not checked against its AllowedPattern: the"
            + " match took more than 1000000 steps (a pattern that backtracks) [pattern-not-checked]"));
    assertThat(millis).isLessThan(2_000);
  }

  @Test
  void anInvalidPatternIsWarnedNotThrown() throws IOException {
    String template = "Parameters:\n  P:\n    Type: String\n    AllowedPattern: \"[a-\"\nResources:\n  B:\n"
        + "    Type: AWS::S3::Bucket\n";
    ParameterCheck.check(stack(template), file("P: x\\n"), findings);
    assertThat(findings).extracting(Finding::code).containsExactly("pattern-not-checked");
  }
}

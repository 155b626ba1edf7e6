package io.github.stackdocs.read.params;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.read.ReadResult;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The template reader tells parameter files from broken templates by their shape; anything only close to that
 * shape (a template stub declaring parameters, a list of something else, a plain mapping) stays a template error.
 */
class ParameterShapeInTemplateFolderTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "cli.json     | [{\"ParameterKey\": \"A\", \"ParameterValue\": \"1\"}]                   | INFO parameter-file",
    "cli.yaml     | '- ParameterKey: A\n  UsePreviousValue: true\n'                    | INFO parameter-file",
    "config.json  | {\"Parameters\": {\"A\": \"1\"}, \"Tags\": {\"t\": \"v\"}}               | INFO parameter-file",
    "config.yaml  | 'StackPolicy:\n  Statement: []\n'                                     | INFO parameter-file",
    "stub.yaml    | 'Parameters:\n  A:\n    Type: String\n'                              | ERROR missing-resources",
    "other.json   | [{\"Name\": \"A\"}]                                                  | ERROR not-a-mapping",
    "mixed.json   | [{\"ParameterKey\": \"A\", \"Value\": \"1\"}]                            | ERROR not-a-mapping",
    "plain.yaml   | 'Stage: prod\nCount: 3\n'                                             | ERROR missing-resources",
  })
  void recognisesParameterFilesByShape(String file, String text, String expected) {
    ReadResult r = new CfnTemplateReader().read(file, "s", text.replace("\\n", "\n"));
    assertThat(r.findings()).extracting(f -> f.severity() + " " + f.code()).contains(expected);
    if (expected.startsWith("INFO")) {
      assertThat(r.stack()).isEmpty();
      assertThat(r.findings()).extracting(Finding::code).containsExactly("parameter-file");
    }
  }
}

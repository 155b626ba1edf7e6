package io.github.stackdocs.read.cfn;

import io.github.stackdocs.model.Finding;
import io.github.stackdocs.model.Node;
import java.util.List;
import java.util.Optional;

/**
 * Reads a JSON or YAML document that is not a template (a parameter file, a SAM configuration) with everything the
 * template reader guarantees: the input limits, a location on every value and key, duplicate keys rejected, and
 * each problem as a finding at {@code file:line:column}. Stateless.
 */
public final class DocumentParser {
  private DocumentParser() {}

  /**
   * The document's top-level value, or empty when it cannot be read (the findings say why).
   *
   * @param displayPath how findings name the file; its extension chooses the syntax ({@code .json}, else sniffed)
   * @param noun what the file is, for messages ("parameter file")
   * @param stack the stack findings are about, or empty
   */
  public static Optional<Node> parse(String displayPath, byte[] bytes, String noun, String stack,
      List<Finding> findings) {
    Problems problems = new Problems(displayPath, stack);
    String code = "empty-" + noun.replace(' ', '-');
    Optional<Node> root = TemplateParser.parseDocument(displayPath, bytes, problems,
        new TemplateParser.Expected(noun, code, "empty " + noun));
    findings.addAll(problems.findings());
    return root;
  }
}

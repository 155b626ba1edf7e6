package io.github.stackdocs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The project name Maven would give the Maven goals' {@code projectName} ({@code ${project.name}}) for the project in
 * a folder: the {@code <name>} of its {@code pom.xml}, else its {@code <artifactId>} (the name is not inherited).
 * Empty when there is no readable pom, or when the value uses a property, which only Maven can resolve.
 */
final class PomName {
  private static final long MAX_BYTES = 4L << 20;

  private PomName() {}

  static Optional<String> of(Path folder) {
    Path pom = folder.resolve("pom.xml");
    try {
      if (!Files.isRegularFile(pom) || Files.size(pom) > MAX_BYTES) {
        return Optional.empty();
      }
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      Element project = factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
      return child(project, "name").or(() -> child(project, "artifactId")).filter(n -> !n.contains("${"));
    } catch (Exception e) { // not a pom we can read: the folder's name, as without one
      return Optional.empty();
    }
  }

  private static Optional<String> child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && (name.equals(e.getLocalName()) || name.equals(e.getTagName()))) {
        String text = e.getTextContent().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
      }
    }
    return Optional.empty();
  }
}

package io.github.stackdocs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The project values Maven would give the Maven goals' defaults for the project in a folder: {@code projectName}
 * ({@code ${project.name}}: the {@code <name>} of its {@code pom.xml}, else its {@code <artifactId>}; the name is not
 * inherited), {@code antoraName} ({@code ${project.artifactId}}) and {@code antoraVersion} ({@code ${project.version}}:
 * its {@code <version>}, else its parent's). Empty when there is no readable pom, or when the value uses a property,
 * which only Maven can resolve.
 */
final class PomName {
  private static final long MAX_BYTES = 4L << 20;

  private PomName() {}

  static Optional<String> of(Path folder) {
    return project(folder).flatMap(p -> child(p, "name").or(() -> child(p, "artifactId")))
        .filter(PomName::resolved);
  }

  /** {@code ${project.artifactId}}. */
  static Optional<String> artifactId(Path folder) {
    return project(folder).flatMap(p -> child(p, "artifactId")).filter(PomName::resolved);
  }

  /** {@code ${project.version}}: the project's version, else the one it inherits from its parent. */
  static Optional<String> version(Path folder) {
    return project(folder).flatMap(p -> child(p, "version")
        .or(() -> element(p, "parent").flatMap(parent -> child(parent, "version")))).filter(PomName::resolved);
  }

  private static boolean resolved(String value) {
    return !value.contains("${");
  }

  /** The {@code <project>} element of the folder's pom. */
  private static Optional<Element> project(Path folder) {
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
      return Optional.of(factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement());
    } catch (Exception e) { // not a pom we can read: the folder's name, as without one
      return Optional.empty();
    }
  }

  private static Optional<String> child(Element parent, String name) {
    return element(parent, name).map(e -> e.getTextContent().strip()).filter(text -> !text.isEmpty());
  }

  private static Optional<Element> element(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && (name.equals(e.getLocalName()) || name.equals(e.getTagName()))) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }
}

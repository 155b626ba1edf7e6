package io.github.stackdocs.render.diagram;

import io.github.stackdocs.analyze.graph.DependencyGraph;
import io.github.stackdocs.model.Project;
import io.github.stackdocs.model.Stack;
import io.github.stackdocs.read.ReadResult;
import io.github.stackdocs.read.cfn.CfnTemplateReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The diagram fixture: {@code diagram/app.yaml} (one of each relation) and {@code diagram/net.yaml}, read for real. */
final class DiagramFixtures {
  private DiagramFixtures() {}

  static Project project() {
    return new Project("fixture", List.of(stack("app"), stack("net")));
  }

  /** The frames holding {@code group} (it included), outermost first; none for the top level. */
  static List<DiagramGroup> frames(Diagram d, String group) {
    List<DiagramGroup> frames = new ArrayList<>();
    for (String g = group; !g.isEmpty(); ) {
      String id = g;
      DiagramGroup found = d.groups().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
      frames.add(0, found);
      g = found.parent();
    }
    return frames;
  }

  static Stack stack(String name) {
    ReadResult r = new CfnTemplateReader().read(name + ".yaml", name, text("/diagram/" + name + ".yaml"));
    return r.stack().orElseThrow(() -> new IllegalStateException(r.findings().toString()));
  }

  static String text(String resource) {
    try (InputStream in = DiagramFixtures.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The diagrams of every stack of {@code project}. */
  static DiagramSet diagrams(Project project) {
    return DiagramSet.build(project, DependencyGraph.build(project), DiagramLevel.DEFAULT, true);
  }

  /** {@code from -label-> to} by label (node labels are unique in the fixture), sorted. */
  static List<String> edges(Diagram d) {
    List<String> result = new ArrayList<>();
    for (DiagramEdge e : d.edges()) {
      result.add(label(d, e.from()) + " -" + e.label() + (e.style() == DiagramEdge.Style.DOTTED ? "." : "") + "-> "
          + label(d, e.to()));
    }
    result.sort(null);
    return result;
  }

  static String label(Diagram d, String id) {
    return d.nodes().stream().filter(n -> n.id().equals(id)).findFirst().orElseThrow().label();
  }

  static List<String> labels(Diagram d) {
    return d.nodes().stream().map(DiagramNode::label).sorted().toList();
  }
}

package io.github.stackdocs.render.view;

import java.util.List;

/** Stack {@code importing} imports {@code exports} from stack {@code exporting}. */
public record StackDependencyView(Link importing, Link exporting, List<String> exports) {
  public StackDependencyView {
    exports = List.copyOf(exports);
  }
}

package io.github.stackdocs.bench;

import java.util.Arrays;
import java.util.List;

/** One input size: {@code stacks} templates of {@code resources} resources each. */
record Size(int stacks, int resources) {

  static List<Size> parseList(String commaList) {
    List<Size> sizes = Arrays.stream(commaList.split(",")).map(String::trim).filter(s -> !s.isEmpty())
        .map(Size::parse).toList();
    if (sizes.isEmpty()) {
      throw new BenchException("--sizes is empty; expected e.g. 10x50,50x200,100x500");
    }
    return sizes;
  }

  static Size parse(String s) {
    String[] parts = s.toLowerCase(java.util.Locale.ROOT).split("x");
    try {
      if (parts.length == 2) {
        Size size = new Size(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        if (size.stacks() > 0 && size.resources() > 0) {
          return size;
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BenchException("size '" + s + "' is not <stacks>x<resources>, e.g. 50x200");
  }

  int totalResources() {
    return stacks * resources;
  }

  @Override
  public String toString() {
    return stacks + "x" + resources;
  }
}

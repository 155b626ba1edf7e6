package io.github.stackdocs.analyze.sam;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects implicit resources in order, the first of a logical id kept. */
final class Implicit {
  private final Map<String, ImplicitResource> byId = new LinkedHashMap<>();

  void add(String logicalId, String type, String reason) {
    byId.putIfAbsent(logicalId, new ImplicitResource(logicalId, type, false, reason));
  }

  void addHashed(String prefix, String type, String reason) {
    byId.putIfAbsent(prefix + "<hash>", new ImplicitResource(prefix, type, true, reason));
  }

  boolean isEmpty() {
    return byId.isEmpty();
  }

  List<ImplicitResource> list() {
    return new ArrayList<>(byId.values());
  }
}

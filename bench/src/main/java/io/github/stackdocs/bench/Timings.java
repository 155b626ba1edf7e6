package io.github.stackdocs.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Nanoseconds per stage and iteration; iteration 0 is the cold one, the rest are warm. */
final class Timings {
  private final Map<Stage, List<Long>> nanos = new EnumMap<>(Stage.class);

  void add(Stage stage, long elapsedNanos) {
    nanos.computeIfAbsent(stage, s -> new ArrayList<>()).add(elapsedNanos);
  }

  /** Records {@code target} as the sum of {@code parts}, iteration by iteration (those that ran them all). */
  void sum(Stage target, List<Stage> parts) {
    int iterations = parts.stream().mapToInt(p -> nanos.getOrDefault(p, List.of()).size()).min().orElse(0);
    for (int i = 0; i < iterations; i++) {
      long total = 0;
      for (Stage part : parts) {
        total += nanos.get(part).get(i);
      }
      add(target, total);
    }
  }

  /** The first iteration, in milliseconds; empty when the stage was not run. */
  Optional<Double> cold(Stage stage) {
    List<Long> all = nanos.get(stage);
    return all == null || all.isEmpty() ? Optional.empty() : Optional.of(all.get(0) / 1e6);
  }

  /** The median of the warm iterations, in milliseconds; empty when there were none. */
  Optional<Double> warm(Stage stage) {
    List<Long> all = nanos.get(stage);
    if (all == null || all.size() < 2) {
      return Optional.empty();
    }
    List<Long> warm = new ArrayList<>(all.subList(1, all.size()));
    warm.sort(null);
    int n = warm.size();
    double median = n % 2 == 1 ? warm.get(n / 2) : (warm.get(n / 2 - 1) + warm.get(n / 2)) / 2.0;
    return Optional.of(median / 1e6);
  }
}

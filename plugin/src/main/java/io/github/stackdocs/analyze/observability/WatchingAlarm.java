package io.github.stackdocs.analyze.observability;

import io.github.stackdocs.analyze.graph.NodeId;
import io.github.stackdocs.model.SourceLocation;
import java.util.Comparator;

/**
 * A CloudWatch alarm of the templates that watches a resource: which alarm, on which metric, and through
 * which dimension the resource was recognised.
 *
 * @param namespace the metric namespace as written (empty when not a literal)
 * @param metric the metric name (empty when not a literal)
 * @param description the alarm's literal {@code AlarmDescription}, else empty
 */
public record WatchingAlarm(NodeId alarm, String namespace, String metric, String dimension, String description,
    SourceLocation location) implements Comparable<WatchingAlarm> {
  private static final Comparator<WatchingAlarm> ORDER = Comparator.comparing(WatchingAlarm::alarm)
      .thenComparing(WatchingAlarm::namespace).thenComparing(WatchingAlarm::metric)
      .thenComparing(WatchingAlarm::dimension);

  @Override
  public int compareTo(WatchingAlarm o) {
    return ORDER.compare(this, o);
  }
}
